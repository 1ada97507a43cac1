/**
 * Literal prefilter for the rule engine: which patterns can possibly match a text, found in one
 * pass over it, so that only those run (engine.ts).
 *
 * CORRECT BY CONSTRUCTION. For every pattern the source is parsed (parse-regexp.ts) and a
 * necessary condition is derived: sets of literal strings such that any text the pattern matches
 * contains at least one literal of each set (necessary-literals.ts), one such conjunction per
 * top-level alternative of the pattern, its *clauses* (clauses.ts). Nobody maintains keyword
 * lists; a rule author writes patterns and gets this for free. Anything the parser does not
 * understand makes the pattern "always run": never wrong, only slower.
 *
 * At match time one Aho–Corasick automaton over all literals of all clauses (automaton.ts) scans
 * the normalised text once; each clause is triggered by its set that is rarest in everyday chat
 * (trigger-order.ts), its other sets are checked after the scan, and a pattern is tested only
 * through its clauses that can match, from the least index they can start at (scan.ts). The
 * automaton is built once per rule set (build.ts), on first use or ahead of it in slices
 * (prefilter-for.ts).
 */
export { clauses, requiredLiterals, requirements, type Clause } from './clauses';
export { parseRegExp, type Node } from './parse-regexp';
export { buildPrefilter, prefilterFor, preparePrefilter } from './prefilter-for';
export type { Prefilter, PrefilterStats } from './scan';
export { triggerOrder } from './trigger-order';

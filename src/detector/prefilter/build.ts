/**
 * The build of a rule set's prefilter: every pattern's clauses (clauses.ts), their sets in
 * trigger order (trigger-order.ts), the automaton over their literals (automaton.ts), and the
 * tables the scan reads (scan.ts). Once per rule set, on first use or ahead of it in slices
 * (prefilter-for.ts).
 */
import type { RuleDef } from '../types';
import { buildAutomaton } from './automaton';
import { clauses, UNBOUNDED, type Clause } from './clauses';
import { expressionsOf } from './expressions';
import { prefilterOf, type ClauseTables, type PatternTables, type Prefilter } from './scan';
import { literalFrequency, triggerOrder } from './trigger-order';

/** Which phase a build is in, and the time spent in each (filled in by `advance`). */
export interface Clock {
  phase: 0 | 1;
  ms: [number, number];
}

/** The patterns of `rules`, numbered, with their clauses (null: the pattern always runs). */
function* patternsOf(rules: readonly RuleDef[]): Generator<void, { tables: PatternTables; clausesOfPattern: (Clause[] | null)[] }, void> {
  const ruleCount = rules.length;
  const patternBase = new Int32Array(ruleCount);
  const patternRule: number[] = [];
  const clausesOfPattern: (Clause[] | null)[] = [];
  const alwaysPatterns: PatternTables['alwaysPatterns'] = [];
  const alwaysRules: string[] = [];
  for (let r = 0; r < ruleCount; r++) {
    const rule = rules[r]!;
    patternBase[r] = patternRule.length;
    for (let i = 0; i < rule.patterns.length; i++) {
      const p = rule.patterns[i]!;
      const cs = clauses(p);
      patternRule.push(r);
      clausesOfPattern.push(cs);
      if (!cs) alwaysPatterns.push({ rule: rule.id, where: `patterns[${i}]`, source: p.source });
      yield;
    }
  }
  const patternCount = patternRule.length;
  const alwaysPattern = new Uint8Array(patternCount);
  const alwaysRuleList: number[] = [];
  for (let p = 0; p < patternCount; p++) {
    if (clausesOfPattern[p]) continue;
    alwaysPattern[p] = 1;
    const r = patternRule[p]!;
    if (!alwaysRuleList.includes(r)) {
      alwaysRuleList.push(r);
      alwaysRules.push(rules[r]!.id);
    }
  }
  const tables: PatternTables = {
    ruleCount,
    patternBase,
    patternRule: Int32Array.from(patternRule),
    alwaysPattern,
    alwaysRule: Int32Array.from(alwaysRuleList),
    alwaysPatterns,
    alwaysRules,
  };
  return { tables, clausesOfPattern };
}

/** The clauses of all patterns, numbered, their sets in trigger order. */
interface NumberedClauses {
  clauseList: Clause[];
  clausePattern: number[];
  patternClauseStart: Int32Array;
  /** Literal → the clauses it triggers (none for a literal of a further set). */
  literalIndex: Map<string, number[]>;
  conjunctions: number;
}

function* numberClauses(clausesOfPattern: readonly (Clause[] | null)[]): Generator<void, NumberedClauses, void> {
  const patternCount = clausesOfPattern.length;
  const frequency = literalFrequency();
  const literalIndex = new Map<string, number[]>();
  const clausePattern: number[] = [];
  const clauseList: Clause[] = [];
  const patternClauseStart = new Int32Array(patternCount + 1);
  let conjunctions = 0;
  for (let p = 0; p < patternCount; p++) {
    if ((p & 63) === 63) yield;
    patternClauseStart[p] = clausePattern.length;
    for (const found of clausesOfPattern[p] ?? []) {
      const clause = triggerOrder(found, frequency);
      const c = clausePattern.length;
      const sets = clause.sets;
      clausePattern.push(p);
      clauseList.push(clause);
      if (sets.length > 1) conjunctions++;
      sets.forEach((set, slot) => {
        for (const lit of set) {
          let list = literalIndex.get(lit);
          if (!list) literalIndex.set(lit, (list = []));
          if (slot === 0 && list[list.length - 1] !== c) list.push(c);
        }
      });
    }
  }
  patternClauseStart[patternCount] = clausePattern.length;
  return { clauseList, clausePattern, patternClauseStart, literalIndex, conjunctions };
}

/**
 * The further sets of each clause, as the states of their literals (`stateOf`); a set shared by
 * clauses is checked once per scan. And per clause, where a match can lie (see ClauseTables).
 */
function* clauseTables(numbered: NumberedClauses, stateOf: (literal: string) => number): Generator<void, ClauseTables, void> {
  const { clauseList, clausePattern, patternClauseStart, literalIndex, conjunctions } = numbered;
  const clauseCount = clausePattern.length;
  const setStart = [0];
  const setStates: number[] = [];
  const setIdOf = new Map<string, number>();
  const clauseSets: number[] = [];
  const clauseSetStart = new Int32Array(clauseCount + 1);
  const clauseShape = new Uint8Array(clauseCount);
  const clauseEnd = new Int32Array(clauseCount);
  const clauseMaxLength = new Int32Array(clauseCount);
  for (let c = 0; c < clauseCount; c++) {
    if ((c & 255) === 255) yield;
    const clause = clauseList[c]!;
    clauseSetStart[c] = clauseSets.length;
    for (let k = 1; k < clause.sets.length; k++) {
      const set = clause.sets[k]!;
      const key = set.join('\u0000');
      let setId = setIdOf.get(key);
      if (setId === undefined) {
        setId = setStart.length - 1;
        setIdOf.set(key, setId);
        for (const lit of set) setStates.push(stateOf(lit));
        setStart.push(setStates.length);
      }
      clauseSets.push(setId);
    }
    const shape = (clause.atStart ? 1 : 0) | (clause.atEnd && clause.maxLength < UNBOUNDED ? 2 : 0);
    clauseShape[c] = shape !== 0 || clause.ends[0]! < UNBOUNDED ? shape | 4 : 0;
    clauseEnd[c] = clause.ends[0]!;
    clauseMaxLength[c] = clause.maxLength;
  }
  clauseSetStart[clauseCount] = clauseSets.length;
  return {
    patternClauseStart,
    clausePattern: Int32Array.from(clausePattern),
    clauseSource: clauseList.map((c) => c.source),
    clauseSetStart,
    clauseSets: Int32Array.from(clauseSets),
    setStart: Int32Array.from(setStart),
    setStates: Int32Array.from(setStates),
    clauseShape,
    clauseEnd,
    clauseMaxLength,
    literals: literalIndex.size,
    conjunctions,
  };
}

/**
 * Builds the prefilter, yielding every so often so that the work can be spread over idle slices
 * (see `preparePrefilter`). Run to the end in one go by `buildPrefilter`.
 *
 * Each clause's first (cheapest) set is its trigger: its literals' automaton states list the
 * clause. The other sets are only checked, after the scan, for the clauses that were triggered:
 * a literal occurred when its state was reported in this scan (mark).
 */
export function* building(rules: readonly RuleDef[], clock: Clock, denseLimit?: number): Generator<void, Prefilter, void> {
  clock.phase = 0;
  const { tables: patterns, clausesOfPattern } = yield* patternsOf(rules);
  clock.phase = 1;
  yield;
  const numbered = yield* numberClauses(clausesOfPattern);
  const expressions = expressionsOf(rules);
  const automaton = yield* buildAutomaton(numbered.literalIndex, denseLimit);
  const clauses = yield* clauseTables(numbered, automaton.stateOf);
  return prefilterOf(patterns, clauses, expressions, automaton);
}

/**
 * The clauses of a pattern: its necessary literals (necessary-literals.ts) in disjunctive form. A
 * pattern whose top level is an alternation (`A|B`, also inside `\b(?:A|B)\b`) gets one *clause*
 * per alternative; each clause keeps up to four requirements from disjoint parts of its source,
 * cheapest first (a rough model of chat text prices them, literal-cost.ts), and a text meets the
 * clause when it contains a literal of each: `(?:sexy|hot) (?:foto|pic)` needs a word of each
 * list, and `je (?:ouders|moeder) …|ik zou daar weg…` keeps what each branch needs together.
 * A pattern the parser does not understand (parse-regexp.ts) has no clauses: it always runs.
 *
 * Each clause also knows where in a match its literals lie: how far into any match a literal of
 * each set ends at most (the longest matches of the atoms up to it), whether it is anchored with
 * `^` or `$`, and its longest match, so that the scan can tell where a match can start.
 */
import { window } from './literal-cost';
import { analyse } from './necessary-literals';
import { parseRegExp, type Node } from './parse-regexp';

/** Drop literals that contain another literal of the set: the condition stays the same. */
function minimise(set: readonly string[]): string[] {
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/** At most this many literal sets per clause, all of which the text must meet. */
const MAX_SETS = 4;
/** A further set that matches nearly everywhere (" ", "?") is not worth checking. */
const FURTHER_SET_COST = 0.02;
/** At most this many clauses per pattern; a pattern with more alternatives is read as one. */
const MAX_CLAUSES = 24;

/** Stands for "no bound" in a clause's offsets below (the build keeps them in Int32Arrays). */
export const UNBOUNDED = 0x3fffffff;

/**
 * A top-level alternative of a pattern, read on its own. `source` is a regular expression (same
 * flags) that matches somewhere in a text exactly when this alternative of the pattern does: the
 * alternative with the zero-width assertions and group around it (`\b(?:A|B)\b` → `\b(?:A)\b`).
 */
interface ClauseNode {
  node: Node;
  source: string;
  /** Only matches at the start of the text (`^` without the m flag) / only ending at its end (`$`). */
  atStart: boolean;
  atEnd: boolean;
}

/**
 * The top-level alternatives of a pattern, each read on its own: `A|B` matches only where A or
 * B does, so "A's requirements, or B's" is a necessary condition that keeps each branch's
 * conjunction (where the union of the branches' cheapest sets would lose it). Zero-width
 * assertions around a lone group (`\b(?:A|B)\b`) require nothing; they go into each clause's
 * source, so that the clause can be tested on its own: a pattern `X(?:A|B)Y` (X, Y assertions,
 * the group not inside a lookaround) matches a text exactly when `X(?:A)Y` or `X(?:B)Y` does.
 */
function clausesOf(
  node: Node,
  source: string,
  from: number,
  to: number,
  outer: { pre: string; post: string; atStart: boolean; atEnd: boolean },
  out: ClauseNode[],
): void {
  if (node.t === 'alt' && node.spans) {
    for (let k = 0; k < node.items.length; k++) clausesOf(node.items[k]!, source, node.spans[2 * k]!, node.spans[2 * k + 1]!, outer, out);
    return;
  }
  let { atStart, atEnd } = outer;
  if (node.t === 'seq') {
    let inner: Node | null = null;
    let several = false;
    for (const item of node.items) {
      if (item.t === 'assert') continue;
      if (inner) several = true;
      inner = item;
    }
    // Anchors at either end of this alternative (assertions before its first / after its last atom).
    for (const item of node.items) {
      if (item.t !== 'assert') break;
      if (item.kind === '^') atStart = true;
    }
    for (let k = node.items.length - 1; k >= 0; k--) {
      const item = node.items[k]!;
      if (item.t !== 'assert') break;
      if (item.kind === '$') atEnd = true;
    }
    if (!several && inner && inner.t === 'alt' && inner.spans && inner.at !== undefined && inner.to !== undefined) {
      const pre = outer.pre + source.slice(from, inner.at);
      const post = source.slice(inner.to, to) + outer.post;
      clausesOf(inner, source, inner.at, inner.to, { pre, post, atStart, atEnd }, out);
      return;
    }
  } else if (node.t === 'assert') {
    if (node.kind === '^') atStart = true;
    if (node.kind === '$') atEnd = true;
  }
  out.push({ node, source: outer.pre + source.slice(from, to) + outer.post, atStart, atEnd });
}

/** The most UTF-16 code units a node can match (UNBOUNDED when there is no finite bound). */
function maxLength(node: Node, unicode: boolean): number {
  switch (node.t) {
    case 'set': {
      let m = 0;
      for (const str of node.strings) if (str.length > m) m = str.length;
      return m;
    }
    case 'char':
      return unicode ? 2 : 1; // in unicode mode `.` or a class can match a surrogate pair
    case 'assert':
    case 'look':
      return 0;
    case 'alt': {
      let m = 0;
      for (const item of node.items) m = Math.max(m, maxLength(item, unicode));
      return m;
    }
    case 'seq': {
      let sum = 0;
      for (const item of node.items) sum += maxLength(item, unicode);
      return Math.min(sum, UNBOUNDED);
    }
    case 'rep': {
      if (node.max === 0) return 0;
      const m = maxLength(node.item, unicode);
      if (m === 0) return 0;
      return node.max === Infinity ? UNBOUNDED : Math.min(node.max * m, UNBOUNDED);
    }
  }
}

function hasLookahead(node: Node): boolean {
  switch (node.t) {
    case 'look':
      return (!node.neg && !node.behind) || hasLookahead(node.item);
    case 'seq':
    case 'alt':
      return node.items.some(hasLookahead);
    case 'rep':
      return hasLookahead(node.item);
    default:
      return false;
  }
}

/**
 * One clause of a pattern: its literal sets, cheapest first, and where in a match they lie.
 * `ends[k]`: a match contains a literal of sets[k] ending at most ends[k] code units after the
 * match starts (UNBOUNDED: no bound). `maxLength`: the longest match.
 */
export interface Clause {
  sets: string[][];
  ends: number[];
  source: string;
  atStart: boolean;
  atEnd: boolean;
  maxLength: number;
}

/** A clause's sets, cheapest first, and their bounds; null when the clause requires nothing. */
function clauseOf(c: ClauseNode, unicode: boolean): Clause | null {
  const { node } = c;
  const reqs = analyse(node).reqs;
  if (reqs.length === 0) return null;
  // A literal required by the analysis lies inside the part of the match that the atoms of the
  // source range it came from matched: it ends no later than the longest match of every top-level
  // atom that starts before that range ends. (Not so for a lookahead's content, which may lie
  // further on: a clause with a lookahead gets no bounds.)
  const items = node.t === 'seq' ? node.items : [node];
  const lengths = items.map((item) => maxLength(item, unicode));
  const lookahead = hasLookahead(node);
  const chosen: string[][] = [];
  const ends: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < reqs.length && chosen.length < MAX_SETS; i++) {
    const r = reqs[i]!;
    if (i > 0 && r.cost > FURTHER_SET_COST) break;
    const set = minimise(r.set!.map(window));
    const key = set.join('\u0000');
    if (seen.has(key)) continue; // the same words in two places: the second adds nothing
    seen.add(key);
    chosen.push(set);
    let end = 0;
    for (let k = 0; k < items.length && end < UNBOUNDED; k++) {
      const at = items[k]!.at;
      if (at === undefined || at < r.to || items.length === 1) end = Math.min(end + lengths[k]!, UNBOUNDED);
    }
    ends.push(lookahead ? UNBOUNDED : end);
  }
  let maxLen = 0;
  for (const l of lengths) maxLen = Math.min(maxLen + l, UNBOUNDED);
  return { sets: chosen, ends, source: c.source, atStart: c.atStart, atEnd: c.atEnd, maxLength: maxLen };
}

/**
 * The clauses of `pattern`: a necessary condition in disjunctive form (any text it matches meets
 * one of them, and a text meets a clause when it contains one literal of EACH of the clause's
 * sets), each with a source to test on its own. Null when the pattern must always run.
 */
export function clauses(pattern: RegExp): Clause[] | null {
  // g and y make test() stateful (lastIndex): keep such patterns on the exhaustive path.
  if (/[gy]/.test(pattern.flags)) return null;
  try {
    const tree = parseRegExp(pattern.source, pattern.flags);
    const multiline = pattern.flags.includes('m');
    const unicode = /[uv]/.test(pattern.flags);
    const nodes: ClauseNode[] = [];
    const source = pattern.source;
    clausesOf(tree, source, 0, source.length, { pre: '', post: '', atStart: false, atEnd: false }, nodes);
    if (nodes.length > MAX_CLAUSES) nodes.splice(0, nodes.length, { node: tree, source, atStart: false, atEnd: false });
    const out: Clause[] = [];
    for (const n of nodes) {
      if (multiline) n.atStart = n.atEnd = false;
      const c = clauseOf(n, unicode);
      if (!c) return null;
      out.push(c);
    }
    return out;
  } catch {
    // Unsupported syntax, or a bug here: either way this pattern simply always runs, and the
    // detector keeps working (the tests count the patterns that always run).
    return null;
  }
}

/**
 * A necessary condition for `pattern` in disjunctive form: any text it matches meets one of the
 * clauses, and a text meets a clause when it contains one literal of EACH of the clause's sets
 * (cheapest set first). Null when the pattern must always run (a clause without requirement, or
 * syntax outside the analysed subset).
 */
export function requirements(pattern: RegExp): string[][][] | null {
  return clauses(pattern)?.map((c) => c.sets) ?? null;
}

/** One set of literals that any text `pattern` matches contains one of (each clause's cheapest). */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const clauses = requirements(pattern);
  return clauses ? minimise(clauses.flatMap((sets) => sets[0]!)) : null;
}

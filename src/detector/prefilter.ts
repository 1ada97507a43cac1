/**
 * Literal prefilter for the rule engine: which patterns can possibly match a text, found in one
 * pass over it, so that only those run (engine.ts).
 *
 * CORRECT BY CONSTRUCTION. For every pattern the source is parsed and a *necessary condition* is
 * derived: sets of literal strings such that any text the pattern matches contains at least one
 * literal of each set. Nobody maintains keyword lists; a rule author writes patterns and gets
 * this for free. What each part of a pattern requires:
 *
 *   literal `a`                    {a}
 *   small class `[sz]`             {s, z}            (up to CLASS_LIMIT characters; bigger: nothing)
 *   `.`, `\w`, `[^…]`, big class   nothing (one unknown character)
 *   `\b ^ $ (?!…) (?<!…)`          the empty string: contributes nothing, consumes nothing
 *   `(?=X)`, `(?<=X)`              consumes nothing, but the text must contain a match of X
 *   `X|Y`                          union of what X needs and what Y needs; nothing if either
 *                                  needs nothing
 *   `X{m,n}`, m ≥ 1                what X needs (small finite repeats are expanded exactly)
 *   `X{0,n}`                       nothing
 *   `XY…`                          what each child needs, and the literals spanning adjacent
 *                                  children: all of these hold at once
 * Exact finite languages (e.g. `(?:een |nog een )?foto`) are carried as sets of strings while
 * small (EXACT_LIMIT), so literals can cross group boundaries; each node also knows a set of
 * strings every match starts with and one every match ends with, so `fo+to` yields "fo" and
 * "oto". A pattern whose top level is an alternation (`A|B`, also inside `\b(?:A|B)\b`) gets one
 * *clause* per alternative; each clause keeps up to four requirements from disjoint parts of
 * its source, cheapest first (a rough model of chat text prices them), and a text meets the
 * clause when it contains a literal of each: `(?:sexy|hot) (?:foto|pic)` needs a word of each
 * list, and `je (?:ouders|moeder) …|ik zou daar weg…` keeps what each branch needs together.
 * Anything the parser does not understand (backreferences, the `v` flag, Unicode mode with
 * surrogates, Annex B oddities) makes the pattern "always run": never wrong, only slower.
 *
 * Case: the scanner folds A–Z to a–z and so do the literals, which only ever widens the
 * condition. Under the `i` flag non-ASCII letters (and k/s under `iu`, which fold with the Kelvin
 * and long-s signs) count as unknown characters.
 *
 * At match time one Aho–Corasick automaton over all literals of all clauses (on character
 * classes, one full row of transitions per state) scans the normalised text once. A clause's
 * sets are put in order of how often they occur in everyday chat, as measured on the tuning
 * corpus (literal-freq.ts, `triggerOrder`), rarest first; a literal of its first set triggers the
 * clause; after the scan, each triggered clause whose other sets were met too (their literals'
 * states were reached) makes its pattern and rule candidates, and only those are tested. Each
 * automaton state reports at most once per scan, so the work is linear in the text plus bounded
 * by the automaton's size. The automaton is built once per rule set, on first use or ahead of it
 * in slices (`preparePrefilter`).
 *
 * Where a clause can match narrows it further. The analysis knows how far into any match a
 * literal of the clause's trigger set ends at most (the longest matches of the atoms up to it),
 * and the scan knows where the first such literal in the text ends, so a match cannot start
 * before the difference: a clause anchored with `^` whose trigger comes too late is dropped, and
 * a clause anchored with `$` cannot start before the text's length minus its longest match. A
 * pattern is then tested through its clauses that remain, each on its own (`\b(?:A|B)\b` is
 * `\b(?:A)\b` or `\b(?:B)\b`), from the least index it can start at (`Prefilter.test`).
 */
import { InContext } from './in-context';
import { clauses, UNBOUNDED, type Clause } from './prefilter/clauses';
import { literalFrequency, triggerOrder } from './prefilter/trigger-order';
import type { RuleDef } from './types';
import { compiledNow, testWarm } from './warm';

export { clauses, requiredLiterals, requirements, type Clause } from './prefilter/clauses';
export { parseRegExp, type Node } from './prefilter/parse-regexp';
export { triggerOrder } from './prefilter/trigger-order';


// ---------------------------------------------------------------------------------------------
// The automaton and the per-rule-set prefilter

/**
 * One rule set's prefilter. Patterns are numbered globally: rule r's patterns are
 * patternBase[r] … patternBase[r] + rules[r].patterns.length - 1. (`unless` patterns are not
 * prefiltered: they run only for a rule that fired, which is rare, so analysing them would cost
 * more at load than it saves.)
 *
 * `scan(text)` returns a count n: the rules that can fire are candidates[0 … n-1], in
 * ascending order (rules whose patterns always run included); of those, pattern p can match
 * only if patternMark[p] === epoch or alwaysPattern[p].
 */
export interface Prefilter {
  readonly ruleCount: number;
  readonly patternBase: Int32Array;
  readonly patternMark: Int32Array;
  readonly alwaysPattern: Uint8Array;
  readonly candidates: Int32Array;
  /** The current scan's stamp in patternMark. */
  readonly epoch: number;
  /** How many clauses the last scan triggered (a literal of their first set occurred): for the bench. */
  readonly triggered: number;
  /** Rule r's `unless` expressions are side(unlessSide[j]) for j from unlessStart[r] to unlessStart[r + 1]. */
  readonly unlessStart: Int32Array;
  readonly unlessSide: Int32Array;
  scan(text: string): number;
  /**
   * Whether marked pattern p (patternMark[p] === epoch) matches the text just scanned: the same
   * answer as testing the pattern itself, from the clauses the scan left possible.
   */
  test(pattern: number, text: string): boolean;
  /**
   * Whether side expression k (see unlessStart) matches the text just scanned: the same answer as
   * its test(), asked at most once per scan when that cannot differ (no g or y flag).
   */
  side(k: number, text: string): boolean;
  readonly stats: PrefilterStats;
}

export interface PrefilterStats {
  rules: number;
  patterns: number;
  /** Patterns without a requirement: tested on every message. */
  alwaysPatterns: { rule: string; where: string; source: string }[];
  /** Rules with a main pattern without a requirement: evaluated on every message. */
  alwaysRules: string[];
  literals: number;
  /** Clauses (a pattern has one per top-level alternative) and those needing two or more sets. */
  clauses: number;
  conjunctions: number;
  states: number;
  classes: number;
  /** Bytes of the scan's transition table, and of all the prefilter's typed arrays together. */
  tableBytes: number;
  bytes: number;
  /** Milliseconds for analysis and automaton. */
  analyseMs: number;
  automatonMs: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Which phase a build is in, and the time spent in each (filled in by `advance`). */
interface Clock {
  phase: 0 | 1;
  ms: [number, number];
}

/**
 * Builds the prefilter, yielding every so often so that the work can be spread over idle slices
 * (see `preparePrefilter`). Run to the end in one go by `buildPrefilter`.
 *
 * Each clause's first (cheapest) set is its trigger: its literals' automaton states list the
 * clause. The other sets are only checked, after the scan, for the clauses that were triggered:
 * a literal occurred when its state was reported in this scan (mark).
 */
function* building(rules: readonly RuleDef[], clock: Clock): Generator<void, Prefilter, void> {
  clock.phase = 0;
  const ruleCount = rules.length;
  const patternBase = new Int32Array(ruleCount);
  const patternRule: number[] = [];
  const clausesOfPattern: (Clause[] | null)[] = [];
  const alwaysPatterns: PrefilterStats['alwaysPatterns'] = [];
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
  clock.phase = 1;
  yield;

  // Clauses, numbered, their sets in trigger order; literal → the clauses it triggers (none for a
  // literal of a further set).
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
  const clauseCount = clausePattern.length;
  patternClauseStart[patternCount] = clauseCount;
  const clauseSource = clauseList.map((c) => c.source);
  const patternRegex = rules.flatMap((rule) => rule.patterns);
  // Only a plain RegExp is known to match exactly what its source says, and an InContext
  // (in-context.ts) exactly where its source and its context both match; another object (a
  // subclass with its own test) is asked itself.
  const plainTest = RegExp.prototype.test;
  const plainExec = RegExp.prototype.exec;
  const isPlain = (re: RegExp) => re.test === plainTest && re.exec === plainExec;
  const isInContext = (re: RegExp): re is InContext =>
    Object.getPrototypeOf(re) === InContext.prototype && re.exec === plainExec && !Object.prototype.hasOwnProperty.call(re, 'test');
  /** Whether test() on `re` always gives the same answer for the same text (no g or y state). */
  const pure = (re: RegExp): boolean => !/[gy]/.test(re.flags) && (isPlain(re) || (isInContext(re) && pure(re.context)));
  const patternPlain = Uint8Array.from(patternRegex, (re) => (isPlain(re) || isInContext(re) ? 1 : 0));
  // The other expressions a message may meet, each numbered once however many rules share it
  // (an everyday context is one twin's context and its rule's last `unless`): every `unless`
  // and every InContext's context. A pure one is run at most once per message (side()).
  const sideIndex = new Map<RegExp, number>();
  const sideRegex: RegExp[] = [];
  const sideOf = (re: RegExp): number => {
    let k = sideIndex.get(re);
    if (k === undefined) {
      k = sideRegex.length;
      sideIndex.set(re, k);
      sideRegex.push(re);
    }
    return k;
  };
  const unlessStart = new Int32Array(ruleCount + 1);
  const unlessSideList: number[] = [];
  for (let r = 0; r < ruleCount; r++) {
    unlessStart[r] = unlessSideList.length;
    for (const re of rules[r]!.unless ?? []) unlessSideList.push(sideOf(re));
  }
  unlessStart[ruleCount] = unlessSideList.length;
  const unlessSide = Int32Array.from(unlessSideList);
  const patternContext = Int32Array.from(patternRegex, (re) => (isInContext(re) ? sideOf(re.context) : -1));
  // Patterns with the same source and flags (a twin's and its rule's) have the same clauses: the
  // first of them stands for all, and its answer is kept for the message (patternCanon).
  const canonOf = new Map<string, number>();
  const patternCanon = Int32Array.from(patternRegex, (re, p) => {
    if (patternPlain[p] === 0) return p;
    const key = `${re.flags}/${re.source}`;
    const q = canonOf.get(key);
    if (q !== undefined) return q;
    canonOf.set(key, p);
    return p;
  });
  const sideCount = sideRegex.length;
  const sidePure = Uint8Array.from(sideRegex, (re) => (pure(re) ? 1 : 0));
  const sideUsed = new Uint8Array(sideCount);
  const sideEpoch = new Int32Array(sideCount);
  const sideResult = new Uint8Array(sideCount);
  const resultEpoch = new Int32Array(patternCount);
  const patternResult = new Uint8Array(patternCount);
  // In unicode mode a start index inside a surrogate pair is read differently: such patterns
  // always start at 0.
  const patternUnicode = Uint8Array.from(patternRegex, (re) => (/[uv]/.test(re.flags) ? 1 : 0));

  // Character classes: 0 = a character no literal contains; each letter, the space, `?` and `'`
  // their own (A–Z share a–z's); all digits one; every other character one more. Sharing only widens the condition
  // ("4u" also meets "2u"), and keeps the scan's table small.
  const classOf = new Uint8Array(65536);
  let classes = 1;
  let digitClass = 0;
  let otherClass = 0;
  let totalLength = 0;
  for (const lit of literalIndex.keys()) {
    totalLength += lit.length;
    for (let i = 0; i < lit.length; i++) {
      const code = lit.charCodeAt(i);
      if (classOf[code] !== 0) continue;
      if ((code >= 97 && code <= 122) || code === 32 || code === 63 || code === 39) classOf[code] = classes++;
      else if (code >= 48 && code <= 57) classOf[code] = digitClass ||= classes++;
      else classOf[code] = otherClass ||= classes++;
    }
  }
  yield;
  if (digitClass) for (let code = 48; code <= 57; code++) classOf[code] = digitClass;
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32]!;
  const K = classes;
  // A row of the scan's table is 2^SHIFT entries (K is at most 32: 26 letters, space, ?, ', digits,
  // other and class 0), so the scan finds a row with a shift rather than a multiplication.
  const SHIFT = 32 - Math.clz32(K - 1);

  // Trie, children as linked lists (first child, next sibling, class label). State 0 is the root.
  const cap = totalLength + 1;
  const firstChild = new Int32Array(cap);
  const nextSibling = new Int32Array(cap);
  const label = new Int32Array(cap);
  const ownOf: (number[] | undefined)[] = [];
  const literalState = new Map<string, number>();
  let states = 1;
  let inserted = 0;
  for (const [lit, entries] of literalIndex) {
    if ((++inserted & 511) === 0) yield;
    let s = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = classOf[lit.charCodeAt(i)]!;
      let t = firstChild[s]!;
      while (t !== 0 && label[t] !== c) t = nextSibling[t]!;
      if (t === 0) {
        t = states++;
        label[t] = c;
        nextSibling[t] = firstChild[s]!;
        firstChild[s] = t;
      }
      s = t;
    }
    // Two literals can share a state when classes merge; their entries simply add up.
    ownOf[s] = ownOf[s] ? ownOf[s]!.concat(entries) : entries;
    literalState.set(lit, s);
  }

  // Breadth-first order = by depth. States are renumbered in that order, so that a state's
  // failure state comes before it, and the shallow ones (where a scan spends most of its time)
  // lie together at the start of the table.
  yield;
  const order = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let t = firstChild[order[head]!]!; t !== 0; t = nextSibling[t]!) order[tail++] = t;
  }
  yield;
  const id = new Int32Array(states);
  for (let i = 0; i < states; i++) id[order[i]!] = i;

  // In the new numbering: children, whether a literal ends at a state, its own clauses.
  const child = new Int32Array(states); // first child
  const sibling = new Int32Array(states);
  const labelOf = new Int32Array(states);
  const isEnd = new Uint8Array(states);
  for (let old = 0; old < states; old++) {
    const n = id[old]!;
    child[n] = firstChild[old] ? id[firstChild[old]!]! : 0;
    sibling[n] = nextSibling[old] ? id[nextSibling[old]!]! : 0;
    labelOf[n] = label[old]!;
    if (ownOf[old]) isEnd[n] = 1;
  }
  yield;
  const ownStart = new Int32Array(states + 1);
  let ownTotal = 0;
  for (let n = 0; n < states; n++) {
    ownStart[n] = ownTotal;
    ownTotal += ownOf[order[n]!]?.length ?? 0;
  }
  ownStart[states] = ownTotal;
  const ownList = new Int32Array(ownTotal);
  for (let n = 0; n < states; n++) {
    const own = ownOf[order[n]!];
    if (own) ownList.set(own, ownStart[n]!);
  }

  // The further sets of each clause, as the states of their literals; a set shared by clauses
  // is checked once per scan. Per clause, where a match can lie: clauseEnd, how far into a
  // match a literal of its trigger set ends at most (Clause.ends[0]); clauseShape bit 1 = it
  // matches only at the start of the text, bit 2 = only ending at its end (and at most
  // clauseMaxLength long), bit 4 = some such bound applies.
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
        for (const lit of set) setStates.push(id[literalState.get(lit)!]!);
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
  const clauseSetsArr = Int32Array.from(clauseSets);
  const setStartArr = Int32Array.from(setStart);
  const setStatesArr = Int32Array.from(setStates);
  const setEpoch = new Int32Array(setStart.length - 1);
  const setMet = new Uint8Array(setStart.length - 1);
  yield;
  // The scan's table: a full row per state (one lookup per character), the next state; `report`
  // is the first literal state on a state's failure chain (itself included), or 0. Class 0 leads
  // to the root.
  // In breadth-first order a state's row is its failure state's row (done before it) with its
  // own children written over it; the children's failure links are read from those rows.
  // 16-bit entries up to 65,536 states: half the memory of 32-bit ones, in the cache more often.
  const delta = states <= 0x10000 ? new Uint16Array(states << SHIFT) : new Int32Array(states << SHIFT);
  const fail = new Int32Array(states);
  const report = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    if ((s & 1023) === 1023) yield;
    const row = s << SHIFT;
    const failRow = fail[s]! << SHIFT;
    if (s !== 0) delta.copyWithin(row, failRow, failRow + K);
    for (let t = child[s]!; t !== 0; t = sibling[t]!) {
      const c = labelOf[t]!;
      fail[t] = s === 0 ? 0 : delta[failRow + c]!;
      report[t] = isEnd[t] ? t : report[fail[t]!]!;
      delta[row + c] = t;
    }
  }
  // The next literal state along each reporting state's failure chain: one load per step.
  const reportNext = new Int32Array(states);
  for (let u = 1; u < states; u++) reportNext[u] = report[fail[u]!]!;
  const patternMark = new Int32Array(patternCount);
  const ruleMark = new Int32Array(ruleCount);
  // mark[s] === epoch: state s was reached in this scan, and every literal on its failure chain
  // has been reported. A state with no literal on its chain holds NEVER, above any epoch, so the
  // scan's one test per character (mark[s] < epoch) fails for it and for every state already
  // seen: only the first visit of a reporting state in a scan takes the branch.
  const NEVER = 0x7fffffff;
  const mark = new Int32Array(states);
  const unmark = () => {
    for (let s = 0; s < states; s++) mark[s] = report[s] === 0 ? NEVER : 0;
  };
  unmark();
  const clauseMark = new Int32Array(clauseCount);
  // clauseOk[c] === epoch: clause c can match; then clauseLow[c] is the least index it can start at.
  const clauseOk = new Int32Array(clauseCount);
  const clauseLow = new Int32Array(clauseCount);
  const triggered = new Int32Array(clauseCount);
  const candidates = new Int32Array(ruleCount);
  const clausePatternArr = Int32Array.from(clausePattern);
  const patternRuleArr = Int32Array.from(patternRule);
  const alwaysRule = Int32Array.from(alwaysRuleList);
  let epoch = 0;

  const scan = (text: string): number => {
    if (epoch === NEVER - 1) {
      epoch = 0;
      patternMark.fill(0);
      ruleMark.fill(0);
      unmark();
      clauseMark.fill(0);
      clauseOk.fill(0);
      setEpoch.fill(0);
      sideEpoch.fill(0);
      resultEpoch.fill(0);
    }
    const e = ++epoch;
    prefilter.epoch = e;
    let hits = 0;
    let s = 0;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      s = delta[(s << SHIFT) + classOf[text.charCodeAt(i)]!]!;
      if (mark[s]! < e) {
        mark[s] = e;
        // Literals ending here: this state's, then along the failure chain. A state marked
        // before in this scan has reported its whole chain already.
        let u = report[s]!;
        while (u !== 0) {
          if (u !== s) {
            if (mark[u] === e) break;
            mark[u] = e;
          }
          for (let j = ownStart[u]!, end = ownStart[u + 1]!; j < end; j++) {
            const clause = ownList[j]!;
            if (clauseMark[clause] !== e) {
              clauseMark[clause] = e;
              clauseLow[clause] = i + 1; // where its trigger's first literal ends
              triggered[hits++] = clause;
            }
          }
          u = reportNext[u]!;
        }
      }
    }
    // Triggered clauses whose further sets were all met, and whose literals lie where a match
    // could hold them, mark their pattern and rule.
    prefilter.triggered = hits;
    let n = 0;
    for (let h = 0; h < hits; h++) {
      const clause = triggered[h]!;
      let met = true;
      for (let k = clauseSetStart[clause]!, end = clauseSetStart[clause + 1]!; k < end && met; k++) {
        const set = clauseSetsArr[k]!;
        if (setEpoch[set] !== e) {
          setEpoch[set] = e;
          let any = 0;
          for (let j = setStartArr[set]!, stop = setStartArr[set + 1]!; j < stop; j++) {
            if (mark[setStatesArr[j]!] === e) {
              any = 1;
              break;
            }
          }
          setMet[set] = any;
        }
        met = setMet[set] === 1;
      }
      if (!met) continue;
      // A match starting at q holds a literal of the trigger set ending by q + ends[0], so q is
      // at least the end of the trigger's first literal (clauseLow, set in the walk) minus
      // ends[0]; a match ending at the end of the text is at most maxLength long. A clause
      // anchored at the start needs q = 0.
      let low = 0;
      const shape = clauseShape[clause]!;
      if (shape !== 0) {
        low = clauseLow[clause]! - clauseEnd[clause]!;
        if ((shape & 2) !== 0 && len - clauseMaxLength[clause]! > low) low = len - clauseMaxLength[clause]!;
        if (low > len || ((shape & 1) !== 0 && low > 0)) continue;
        if (low < 0) low = 0;
      }
      clauseOk[clause] = e;
      clauseLow[clause] = low;
      const p = clausePatternArr[clause]!;
      patternMark[p] = e;
      const r = patternRuleArr[p]!;
      if (ruleMark[r] !== e) {
        ruleMark[r] = e;
        candidates[n++] = r;
      }
    }
    for (let k = 0; k < alwaysRule.length; k++) {
      const r = alwaysRule[k]!;
      if (ruleMark[r] !== e) {
        ruleMark[r] = e;
        candidates[n++] = r;
      }
    }
    // Rule order (n is small: insertion sort).
    for (let i = 1; i < n; i++) {
      const r = candidates[i]!;
      let j = i - 1;
      while (j >= 0 && candidates[j]! > r) {
        candidates[j + 1] = candidates[j]!;
        j--;
      }
      candidates[j + 1] = r;
    }
    return n;
  };

  // A pattern is tested through the clauses that can match: alone, each clause's own expression
  // (with the g flag, so that it starts at the clause's least start index); a pattern that is not
  // a plain RegExp or an InContext, as it is. A plain pattern itself is never run, not even when
  // its one clause (the same source) can start anywhere: V8 compiles a regular expression on its
  // first use, per source and flags, and the page pays for every compile (issue 4); one form per
  // clause is compiled once, two forms twice. An InContext's context is asked first (side()), and
  // patterns of the same source share their clauses' expressions and their answer.
  const clauseRegex: (RegExp | undefined)[] = new Array<RegExp | undefined>(clauseCount);
  const test = (p: number, text: string): boolean => {
    const e = prefilter.epoch;
    if (patternPlain[p] === 0) {
      for (let c = patternClauseStart[p]!, to = patternClauseStart[p + 1]!; c < to; c++) {
        if (clauseOk[c] === e) return testWarm(patternRegex[p]!, text);
      }
      return false;
    }
    const k = patternContext[p]!;
    if (k >= 0 && !side(k, text)) return false;
    const q = patternCanon[p]!;
    if (resultEpoch[q] === e) return patternResult[q] === 1;
    let found = false;
    for (let c = patternClauseStart[q]!, to = patternClauseStart[q + 1]!; c < to; c++) {
      if (clauseOk[c] !== e) continue;
      const low = patternUnicode[q] === 1 ? 0 : clauseLow[c]!;
      let re = clauseRegex[c];
      if (re === undefined) re = clauseRegex[c] = compiledNow(new RegExp(clauseSource[c]!, `${patternRegex[q]!.flags}g`));
      re.lastIndex = low;
      if (re.test(text)) {
        found = true;
        break;
      }
    }
    resultEpoch[q] = e;
    patternResult[q] = found ? 1 : 0;
    return found;
  };

  /** Side expression k (an `unless` or a context) on the text just scanned; a pure one runs once per scan. */
  const side = (k: number, text: string): boolean => {
    const e = prefilter.epoch;
    if (sideEpoch[k] === e) return sideResult[k] === 1;
    const re = sideRegex[k]!;
    let result: boolean;
    if (sideUsed[k] === 0) {
      sideUsed[k] = 1;
      result = testWarm(re, text);
    } else result = re.test(text);
    if (sidePure[k] === 1) {
      sideEpoch[k] = e;
      sideResult[k] = result ? 1 : 0;
    }
    return result;
  };

  const prefilter = {
    ruleCount,
    patternBase,
    patternMark,
    alwaysPattern,
    candidates,
    epoch: 0,
    triggered: 0,
    unlessStart,
    unlessSide,
    scan,
    test,
    side,
    stats: {
      rules: ruleCount,
      patterns: patternCount,
      alwaysPatterns,
      alwaysRules,
      literals: literalIndex.size,
      clauses: clauseCount,
      conjunctions,
      states,
      classes: K,
      tableBytes: delta.byteLength,
      bytes: [classOf, delta, report, reportNext, ownStart, ownList, clauseSetStart, clauseSetsArr, setStartArr, setStatesArr,
        setEpoch, setMet, patternBase, alwaysPattern, patternMark, ruleMark, mark, clauseMark, clauseOk, clauseLow, triggered,
        candidates, clausePatternArr, patternRuleArr, alwaysRule, patternClauseStart, clauseShape, clauseMaxLength, clauseEnd,
        patternPlain, patternUnicode, unlessStart, unlessSide, patternContext, patternCanon, sidePure, sideUsed, sideEpoch,
        sideResult, resultEpoch, patternResult].reduce((sum, a) => sum + a.byteLength, 0),
      analyseMs: 0, // set by advance()
      automatonMs: 0,
    },
  };
  return prefilter;
}

interface Build {
  steps: Generator<void, Prefilter, void>;
  clock: Clock;
}

/** Runs a build until it is done (its prefilter) or `deadline` has passed (null). */
function advance(build: Build, deadline: number): Prefilter | null {
  const { steps, clock } = build;
  for (;;) {
    const phase = clock.phase;
    const t = now();
    const step = steps.next();
    const after = now();
    clock.ms[phase] += after - t;
    if (step.done) {
      const stats = step.value.stats;
      stats.analyseMs = clock.ms[0];
      stats.automatonMs = clock.ms[1];
      return step.value;
    }
    if (after >= deadline) return null;
  }
}

const newBuild = (rules: readonly RuleDef[]): Build => {
  const clock: Clock = { phase: 0, ms: [0, 0] };
  return { steps: building(rules, clock), clock };
};

/** A rule set's prefilter, built now in one go. */
export function buildPrefilter(rules: readonly RuleDef[]): Prefilter {
  return advance(newBuild(rules), Infinity)!;
}

/** Per rule-set array: its prefilter, or its build in progress. */
const cache = new WeakMap<readonly RuleDef[], { length: number; prefilter: Prefilter | null; build: Build | null }>();

function entryFor(rules: readonly RuleDef[]) {
  let entry = cache.get(rules);
  if (!entry || entry.length !== rules.length) {
    entry = { length: rules.length, prefilter: null, build: null };
    cache.set(rules, entry);
  }
  return entry;
}

/**
 * The prefilter of a rule set: built on first use (or finished, if `preparePrefilter` started
 * it) and kept while the array lives. Rule sets must not be changed in place after that.
 */
export function prefilterFor(rules: readonly RuleDef[]): Prefilter {
  const entry = entryFor(rules);
  if (entry.prefilter) return entry.prefilter;
  entry.prefilter = advance(entry.build ?? newBuild(rules), Infinity)!;
  entry.build = null;
  return entry.prefilter;
}

/**
 * Builds a rule set's prefilter for at most about `budgetMs` now, to be called again (e.g. in
 * idle time) until it returns true: then the first message does not pay for the build.
 */
export function preparePrefilter(rules: readonly RuleDef[], budgetMs: number): boolean {
  const entry = entryFor(rules);
  if (entry.prefilter) return true;
  entry.build ??= newBuild(rules);
  entry.prefilter = advance(entry.build, now() + budgetMs);
  if (entry.prefilter) entry.build = null;
  return entry.prefilter !== null;
}

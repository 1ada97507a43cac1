/**
 * The prefilter at match time: one scan of the normalised text over the automaton
 * (automaton.ts) finds the clauses that can match, and a pattern is then tested through those
 * clauses only.
 *
 * A clause's sets are put in order of how often they occur in everyday chat (trigger-order.ts),
 * rarest first; a literal of its first set triggers the clause; after the scan, each triggered
 * clause whose other sets were met too (their literals' states were reached) makes its pattern
 * and rule candidates, and only those are tested. Each automaton state reports at most once per
 * scan, so the work is linear in the text plus bounded by the automaton's size.
 *
 * Where a clause can match narrows it further. The analysis knows how far into any match a
 * literal of the clause's trigger set ends at most (clauses.ts), and the scan knows where the
 * first such literal in the text ends, so a match cannot start before the difference: a clause
 * anchored with `^` whose trigger comes too late is dropped, and a clause anchored with `$`
 * cannot start before the text's length minus its longest match. A pattern is then tested
 * through its clauses that remain, each on its own (`\b(?:A|B)\b` is `\b(?:A)\b` or
 * `\b(?:B)\b`), from the least index it can start at (`Prefilter.test`).
 */
import { compiledNow, testWarm } from '../warm';
import type { Automaton } from './automaton';
import type { Expressions } from './expressions';

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
  /** States with a full row in the transition table (the rest form a sparse tail). */
  denseStates: number;
  classes: number;
  /** Bytes of the scan's transition table, and of all the prefilter's typed arrays together. */
  tableBytes: number;
  bytes: number;
  /** Milliseconds for analysis and automaton. */
  analyseMs: number;
  automatonMs: number;
}

/** A rule set's patterns, numbered globally (see Prefilter), and those without a requirement. */
export interface PatternTables {
  ruleCount: number;
  patternBase: Int32Array;
  /** The rule of pattern p. */
  patternRule: Int32Array;
  alwaysPattern: Uint8Array;
  /** The rules with a pattern that always runs. */
  alwaysRule: Int32Array;
  alwaysPatterns: PrefilterStats['alwaysPatterns'];
  alwaysRules: string[];
}

/**
 * The clauses of a rule set's patterns, numbered: pattern p's are patternClauseStart[p] …
 * patternClauseStart[p + 1] - 1. Clause c's further sets (all but its trigger) are
 * clauseSets[clauseSetStart[c] … clauseSetStart[c + 1] - 1]; set k is met when one of the states
 * setStates[setStart[k] … setStart[k + 1] - 1] was reached. Where a match can lie: clauseEnd, how
 * far into a match a literal of its trigger set ends at most (Clause.ends[0]); clauseShape bit
 * 1 = it matches only at the start of the text, bit 2 = only ending at its end (and at most
 * clauseMaxLength long), bit 4 = some such bound applies.
 */
export interface ClauseTables {
  patternClauseStart: Int32Array;
  clausePattern: Int32Array;
  clauseSource: string[];
  clauseSetStart: Int32Array;
  clauseSets: Int32Array;
  setStart: Int32Array;
  setStates: Int32Array;
  clauseShape: Uint8Array;
  clauseEnd: Int32Array;
  clauseMaxLength: Int32Array;
  /** For the stats: how many literals, and how many clauses need two or more sets. */
  literals: number;
  conjunctions: number;
}

/** The prefilter that scans with `automaton` and tests through these tables. */
export function prefilterOf(patterns: PatternTables, clauses: ClauseTables, expressions: Expressions, automaton: Automaton): Prefilter {
  const { ruleCount, patternBase, patternRule: patternRuleArr, alwaysPattern, alwaysRule, alwaysPatterns, alwaysRules } = patterns;
  const {
    patternClauseStart, clausePattern: clausePatternArr, clauseSource, clauseSetStart, clauseSets: clauseSetsArr,
    setStart: setStartArr, setStates: setStatesArr, clauseShape, clauseEnd, clauseMaxLength, literals, conjunctions,
  } = clauses;
  const { patternRegex, patternPlain, patternContext, patternCanon, patternUnicode, sideRegex, sidePure, unlessStart, unlessSide } = expressions;
  const { classOf, classes: K, shift: SHIFT, states, dense: DENSE, delta, next, sparse, report, reportNext, ownStart, ownList } = automaton;
  const patternCount = patternRuleArr.length;
  const clauseCount = clausePatternArr.length;
  const setCount = setStartArr.length - 1;
  const setEpoch = new Int32Array(setCount);
  const setMet = new Uint8Array(setCount);
  const sideCount = sideRegex.length;
  const sideUsed = new Uint8Array(sideCount);
  const sideEpoch = new Int32Array(sideCount);
  const sideResult = new Uint8Array(sideCount);
  const resultEpoch = new Int32Array(patternCount);
  const patternResult = new Uint8Array(patternCount);
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
      // A dense state's row, or (only past DENSE_LIMIT states, in the deepest ones) the sparse tail.
      const c = classOf[text.charCodeAt(i)]!;
      s = s < DENSE ? delta[(s << SHIFT) + c]! : next(s, c);
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
  // clause is compiled once, two forms twice. An InContext's context is asked after its pattern
  // (side()), and patterns of the same source share their clauses' expressions and their answer.
  const clauseRegex: (RegExp | undefined)[] = new Array<RegExp | undefined>(clauseCount);
  const test = (p: number, text: string): boolean => {
    const e = prefilter.epoch;
    if (patternPlain[p] === 0) {
      for (let c = patternClauseStart[p]!, to = patternClauseStart[p + 1]!; c < to; c++) {
        if (clauseOk[c] === e) return testWarm(patternRegex[p]!, text);
      }
      return false;
    }
    // The pattern first, its context after: the pattern runs from where its clauses can start,
    // and a twin's pattern has usually been answered already for its rule (patternCanon), while a
    // context is a long word list run over the whole text. Both must match: the same answer.
    const k = patternContext[p]!;
    const q = patternCanon[p]!;
    if (resultEpoch[q] === e) return patternResult[q] === 1 && (k < 0 || side(k, text));
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
    return found && (k < 0 || side(k, text));
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
      literals,
      clauses: clauseCount,
      conjunctions,
      states,
      denseStates: DENSE,
      classes: K,
      tableBytes: delta.byteLength,
      bytes: [classOf, delta, report, reportNext, ownStart, ownList, clauseSetStart, clauseSetsArr, setStartArr, setStatesArr,
        setEpoch, setMet, patternBase, alwaysPattern, patternMark, ruleMark, mark, clauseMark, clauseOk, clauseLow, triggered,
        candidates, clausePatternArr, patternRuleArr, alwaysRule, patternClauseStart, clauseShape, clauseMaxLength, clauseEnd,
        patternPlain, patternUnicode, unlessStart, unlessSide, patternContext, patternCanon, sidePure, sideUsed, sideEpoch,
        sideResult, resultEpoch, patternResult, ...sparse].reduce((sum, a) => sum + a.byteLength, 0),
      analyseMs: 0, // set by advance()
      automatonMs: 0,
    },
  };
  return prefilter;
}

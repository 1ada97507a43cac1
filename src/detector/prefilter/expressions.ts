/**
 * How the prefilter may test each expression of a rule set: a pattern through its clauses or as
 * it is, and the other expressions a message may meet (`unless`, an InContext's context), each
 * numbered once. The answers are kept per message where they cannot differ (scan.ts).
 */
import { InContext } from '../in-context';
import type { RuleDef } from '../types';

/**
 * Per pattern (numbered globally, rule by rule) and per side expression, how it is tested.
 * Rule r's `unless` expressions are sideRegex[unlessSide[j]] for j from unlessStart[r] to
 * unlessStart[r + 1].
 */
export interface Expressions {
  patternRegex: RegExp[];
  /** 1: a plain RegExp or an InContext, tested through its clauses; 0: asked itself. */
  patternPlain: Uint8Array;
  /** An InContext's context as a side expression, or -1. */
  patternContext: Int32Array;
  /** The first pattern of the same source and flags: it stands for all of them. */
  patternCanon: Int32Array;
  /** 1: unicode mode (u or v flag), where a search must start at 0. */
  patternUnicode: Uint8Array;
  sideRegex: RegExp[];
  /** 1: test() always gives the same answer for the same text, so it runs once per message. */
  sidePure: Uint8Array;
  unlessStart: Int32Array;
  unlessSide: Int32Array;
}

/** The expressions of `rules`, numbered for the scan and the tests. */
export function expressionsOf(rules: readonly RuleDef[]): Expressions {
  const ruleCount = rules.length;
  const patternRegex = rules.flatMap((rule) => rule.patterns);
  // Only a plain RegExp is known to match exactly what its source says, and an InContext
  // (in-context.ts) exactly where its source and its context both match; another object (a
  // subclass with its own test) is asked itself. (RegExp.prototype is read at each build, as it is then.)
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
  // and every InContext's context. A pure one is run at most once per message (side()). Plain
  // ones with the same flags and source are one expression: a word class that several rules each
  // write as `new RegExp(OWN_PARENT)` is run once, not once per copy.
  const sideIndex = new Map<RegExp | string, number>();
  const sideRegex: RegExp[] = [];
  const sideOf = (re: RegExp): number => {
    const key = isPlain(re) && pure(re) ? `${re.flags}/${re.source}` : re;
    let k = sideIndex.get(key);
    if (k === undefined) {
      k = sideRegex.length;
      sideIndex.set(key, k);
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
  const sidePure = Uint8Array.from(sideRegex, (re) => (pure(re) ? 1 : 0));
  // In unicode mode a start index inside a surrogate pair is read differently: such patterns
  // always start at 0.
  const patternUnicode = Uint8Array.from(patternRegex, (re) => (/[uv]/.test(re.flags) ? 1 : 0));
  return { patternRegex, patternPlain, patternContext, patternCanon, patternUnicode, sideRegex, sidePure, unlessStart, unlessSide };
}

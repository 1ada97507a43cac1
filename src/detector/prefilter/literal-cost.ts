/**
 * A rough price model of chat text for the literal analysis: how often a literal, or any literal
 * of a set, can be expected to occur. It only decides which of a pattern's necessary conditions
 * are kept and checked first, never whether they are necessary.
 */

/**
 * Longest literal put in the automaton, and longest string carried in exact/prefix/suffix sets:
 * longer ones are cut (to their rarest window, or to their first/last characters), which only
 * weakens the condition a little and keeps the automaton small. 9 since session 14: at 10 the
 * rules of that session's rounds needed 67,820 states, at 9 61,451, for 2% more
 * regular-expression calls on the bench corpus (3.83 → 3.91 per message). (8 would save about
 * 8,500 states of 65,407 in session 18, for 8% more calls: 4.20 → 4.52.) Past 65,536 states the
 * deepest ones form the automaton's sparse tail (automaton.ts).
 */
export const MAX_LITERAL = 9;

/** Rough per-position probability of each character in normalised chat (Dutch + English). */
const FREQ: Record<string, number> = {
  ' ': 0.17, e: 0.11, n: 0.065, a: 0.055, t: 0.05, i: 0.05, o: 0.05, r: 0.045, s: 0.04, d: 0.035,
  l: 0.03, h: 0.03, j: 0.02, k: 0.02, u: 0.025, m: 0.02, g: 0.018, w: 0.015, v: 0.015, b: 0.012,
  c: 0.01, p: 0.01, z: 0.01, f: 0.008, y: 0.008, '?': 0.008, x: 0.002, q: 0.001, "'": 0.002,
};
const FREQ_ASCII = new Float64Array(128).fill(0.001);
for (let d = 48; d <= 57; d++) FREQ_ASCII[d] = 0.003;
for (const [c, f] of Object.entries(FREQ)) FREQ_ASCII[c.charCodeAt(0)] = f;

/**
 * Characters of real words are far from independent ("mag ik " is common, not one in 10^10), so
 * beyond about five characters a literal is taken to get no rarer: LITERAL_FLOOR. That keeps the
 * choice on small sets of medium literals rather than huge sets of long ones (automaton size).
 */
const LITERAL_FLOOR = 1e-6;

/** Words so frequent in chat that a literal made of one of them (and spaces) selects little. */
const COMMON_WORDS = new Set(
  (
    'de het een en van ik je jij te dat die in is niet op met voor zijn er maar wat ook als dan nog naar bij of om ' +
    'kan wel ben heb was ze we hoe waar mijn mn jouw jou me mij zo al ga moet wil ff even nu toch hier daar echt ja nee ' +
    'ok oke u ur the a an to and of i you it for on my your so do are be have that this with at can just not no yes if ' +
    'all get got like go want wanna im dont know will but how when out up one'
  ).split(' '),
);
const COMMON_COST = 3e-3;

function literalCost(s: string): number {
  if (s.length <= 6 && COMMON_WORDS.has(s.trim())) return COMMON_COST;
  let p = 1;
  for (let i = 0; i < s.length && p > LITERAL_FLOOR; i++) {
    const code = s.charCodeAt(i);
    p *= code < 128 ? FREQ_ASCII[code]! : 0.001;
  }
  return (p > LITERAL_FLOOR ? p : LITERAL_FLOOR) + (s.length < MAX_LITERAL ? s.length : MAX_LITERAL) * 1e-9;
}

/**
 * Expected hits per text position of a requirement set; lower is more selective. Infinity for
 * a set that is no requirement (empty, or holding "").
 */
export function setCost(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < set.length; i++) {
    const s = set[i]!;
    if (s.length === 0) return Infinity;
    sum += literalCost(s);
  }
  return sum;
}

/** A long literal cut to its rarest window of MAX_LITERAL characters (a weaker, still necessary condition). */
export function window(s: string): string {
  if (s.length <= MAX_LITERAL) return s;
  let bestAt = 0;
  let bestCost = Infinity;
  for (let i = 0; i + MAX_LITERAL <= s.length; i++) {
    const c = literalCost(s.slice(i, i + MAX_LITERAL));
    if (c < bestCost) {
      bestCost = c;
      bestAt = i;
    }
  }
  return s.slice(bestAt, bestAt + MAX_LITERAL);
}

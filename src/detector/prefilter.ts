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
import { LITERAL_FREQ } from './literal-freq';
import type { RuleDef } from './types';
import { compiledNow, testWarm } from './warm';

// ---------------------------------------------------------------------------------------------
// Regular-expression syntax tree (only what the analysis needs)

export type Node = (
  | { t: 'set'; strings: string[] } // one of these strings (a literal, or a group of plain words)
  | { t: 'char'; chars: string[] | null } // one character from `chars`; null = unknown/too many
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[]; spans?: number[] } // spans: each alternative's [start, end) in the source
  | { t: 'rep'; min: number; max: number; item: Node }
  | { t: 'assert'; kind?: '^' | '$' | 'b' } // ^ $ \b \B: zero width, no requirement
  | { t: 'look'; neg: boolean; behind?: boolean; item: Node }
) & {
  /** Where in the source the node starts and ends: requirements from disjoint parts are independent. */
  at?: number;
  to?: number;
};

/** Thrown for anything outside the analysed subset; the pattern then always runs. */
class Unsupported extends Error {}

/** Largest character class expanded into alternatives (`[sz]`, `[ck]`, `[aeiou]`). */
const CLASS_LIMIT = 6;

const SYNTAX_CHARS = '^$\\.*+?()[]{}|/';

// Native scanners for the common cases, so that a rule set is parsed at the speed of the regular
// expression engine rather than one interpreted step per character:
/** A run of characters that stand for themselves. */
const PLAIN = /[^\\^$.*+?()[\]{}|]+/y;
/** A group of plain alternatives: `(?:foto|pic|selfie)`. */
const WORD_GROUP = /\(\?:([^\\^$.*+?()[\]{}|]*(?:\|[^\\^$.*+?()[\]{}|]*)*)\)/y;
/** A quantifier. */
const QUANTIFIER = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})(\??)/y;
const ASCII_UPPER = /[A-Z]/;
const ASCII_UPPER_ALL = /[A-Z]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const KS = /[ksKS]/;

/**
 * Parse `source` with `flags` into a Node, or throw Unsupported. The source has already been
 * accepted by the RegExp constructor, so only valid syntax has to be read correctly; anything
 * unusual is refused rather than guessed.
 */
export function parseRegExp(source: string, flags: string): Node {
  const unicode = flags.includes('u');
  const ignoreCase = flags.includes('i');
  if (flags.includes('v')) throw new Unsupported('v flag');
  // Unicode mode reads surrogate pairs as one character; rather than model that, refuse it.
  if (unicode && (/[\uD800-\uDFFF]/.test(source) || /\\u\{|\\u[dD][89abAB]|\\u[dD][c-fC-F]/.test(source))) {
    throw new Unsupported('surrogates in unicode mode');
  }
  const length = source.length;
  let pos = 0;
  const eat = (c: string) => {
    if (source[pos] === c) {
      pos++;
      return true;
    }
    return false;
  };

  /**
   * A run of characters as the scanner sees them (A–Z folded to a–z), or null when case folding
   * under the `i` flag makes one of them ambiguous (then it is read character by character).
   */
  const foldRun = (text: string): string | null => {
    if (ignoreCase && (NON_ASCII.test(text) || (unicode && KS.test(text)))) return null;
    return ASCII_UPPER.test(text) ? text.replace(ASCII_UPPER_ALL, (u) => u.toLowerCase()) : text;
  };
  /** One character as the scanner sees it, or null when case folding makes it ambiguous. */
  const literal = (ch: string): string | null => {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      if (ignoreCase && unicode && (lower === 'k' || lower === 's')) return null;
      return lower;
    }
    if (ignoreCase && ch.toLowerCase() + ch.toUpperCase() !== ch + ch) return null;
    return ch;
  };
  const charNode = (chars: string[] | null): Node => {
    if (chars === null || chars.length === 0 || chars.length > CLASS_LIMIT) return { t: 'char', chars: null };
    const out: string[] = [];
    for (const c of chars) {
      const l = literal(c);
      if (l === null) return { t: 'char', chars: null };
      if (!out.includes(l)) out.push(l);
    }
    return { t: 'char', chars: out };
  };

  const hex = (n: number): number => {
    const s = source.slice(pos, pos + n);
    if (s.length !== n || !/^[0-9a-fA-F]+$/.test(s)) throw new Unsupported('bad hex escape');
    pos += n;
    return parseInt(s, 16);
  };

  /**
   * The character of an escape after the backslash (shared by atoms and classes), or null for a
   * class escape (\d \w \s and negations). `\b`, `\B` and `\-` are handled by the callers.
   */
  const escapeChar = (inClass: boolean): string | null => {
    const c = source[pos++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return null;
      case 'p': case 'P':
        if (unicode) throw new Unsupported('property escape');
        return c; // identity escape outside unicode mode
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return '\v';
      case 'c': {
        const l = source[pos];
        if (l !== undefined && /[a-zA-Z]/.test(l)) {
          pos++;
          return String.fromCharCode(l.charCodeAt(0) % 32);
        }
        throw new Unsupported('\\c');
      }
      case '0':
        if (/[0-9]/.test(source[pos] ?? '')) throw new Unsupported('octal');
        return '\0';
      case 'x':
        return String.fromCharCode(hex(2));
      case 'u':
        return String.fromCharCode(hex(4));
      case 'k':
        throw new Unsupported('named backreference');
      default:
        if (c >= '1' && c <= '9') throw new Unsupported('backreference or octal');
        if (unicode && !SYNTAX_CHARS.includes(c) && !(inClass && c === '-')) throw new Unsupported('escape');
        return c; // identity escape
    }
  };

  const parseClass = (): Node => {
    // after '['
    const negated = eat('^');
    const chars: string[] = [];
    let unknown = negated;
    const classAtom = (): string | null => {
      const c = source[pos++];
      if (c === undefined) throw new Unsupported('unterminated class');
      if (c !== '\\') return c;
      if (source[pos] === 'b') {
        pos++;
        return '\b';
      }
      if (source[pos] === '-') {
        pos++;
        return '-';
      }
      return escapeChar(true);
    };
    while (source[pos] !== ']') {
      if (pos >= length) throw new Unsupported('unterminated class');
      const a = classAtom();
      if (source[pos] === '-' && pos + 1 < length && source[pos + 1] !== ']') {
        pos++;
        const b = classAtom();
        if (a === null || b === null) throw new Unsupported('class escape in a range');
        const from = a.charCodeAt(0);
        const to = b.charCodeAt(0);
        if (to < from) throw new Unsupported('bad range');
        if (to - from + 1 > CLASS_LIMIT) unknown = true;
        else for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
      } else if (a === null) {
        unknown = true;
      } else {
        chars.push(a);
      }
    }
    pos++; // ']'
    return charNode(unknown ? null : [...new Set(chars)]);
  };

  /** Set by parseAtom: whether the atom just read may take a quantifier. */
  let quantifiable = true;

  const parseAtom = (): Node => {
    quantifiable = true;
    const c = source[pos++]!;
    switch (c) {
      case '^': case '$':
        quantifiable = false;
        return { t: 'assert', kind: c };
      case '.':
        return { t: 'char', chars: null };
      case '[':
        return parseClass();
      case '(': {
        if (source[pos] !== '?') {
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('group');
          return item;
        }
        WORD_GROUP.lastIndex = pos - 1;
        const words = WORD_GROUP.exec(source);
        const folded = words ? foldRun(words[1]!) : null; // ('|' folds to itself)
        if (folded !== null) {
          pos = WORD_GROUP.lastIndex;
          return { t: 'set', strings: folded.split('|') };
        }
        pos++; // '?'
        if (eat(':')) {
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('group');
          return item;
        }
        const behind = source[pos] === '<' && (source[pos + 1] === '=' || source[pos + 1] === '!');
        if (behind) pos++;
        if (source[pos] === '=' || source[pos] === '!') {
          const neg = source[pos++] === '!';
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('lookaround');
          quantifiable = false; // Annex B allows quantified lookaheads; refuse them rather than model them.
          return { t: 'look', neg, behind, item };
        }
        if (eat('<')) {
          const close = source.indexOf('>', pos);
          if (close < 0 || !/^[A-Za-z_$][\w$]*$/.test(source.slice(pos, close))) throw new Unsupported('group name');
          pos = close + 1;
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('group');
          return item;
        }
        throw new Unsupported('group modifiers');
      }
      case '\\': {
        const e = source[pos];
        if (e === 'b' || e === 'B') {
          pos++;
          quantifiable = false;
          return { t: 'assert', kind: 'b' };
        }
        const ch = escapeChar(false);
        return charNode(ch === null ? null : [ch]);
      }
      case ')': case '|': case '*': case '+': case '?': case '{':
        throw new Unsupported(`unexpected ${c}`);
      case ']': case '}':
        if (unicode) throw new Unsupported(`unexpected ${c}`);
        return charNode([c]);
      default:
        return charNode([c]);
    }
  };

  const parseAlternative = (): Node => {
    const items: Node[] = [];
    let run = ''; // unquantified literal characters in a row, kept as one node
    const start = pos;
    let runAt = pos;
    while (pos < length) {
      const c = source[pos];
      if (c === '|' || c === ')') break;
      if (!run) runAt = pos;
      PLAIN.lastIndex = pos;
      const plain = PLAIN.exec(source);
      if (plain) {
        let text = plain[0];
        const next = source[pos + text.length];
        if (next === '*' || next === '+' || next === '?' || next === '{') text = text.slice(0, -1); // the last one is quantified
        const folded = text.length > 0 ? foldRun(text) : null;
        if (folded !== null) {
          run += folded;
          pos += text.length;
          continue;
        }
      }
      const atomAt = pos;
      const node = parseAtom();
      if (node.at === undefined) {
        node.at = atomAt;
        node.to = pos;
      }
      QUANTIFIER.lastIndex = pos;
      const q = source[pos] === '*' || source[pos] === '+' || source[pos] === '?' || source[pos] === '{' ? QUANTIFIER.exec(source) : null;
      if (q) pos = QUANTIFIER.lastIndex;
      else if (source[pos] === '{') throw new Unsupported('brace'); // Annex B literal '{': refuse
      if (!q && node.t === 'char' && node.chars?.length === 1) {
        run += node.chars[0];
        continue;
      }
      if (run) {
        items.push({ t: 'set', strings: [run], at: runAt, to: atomAt });
        run = '';
      }
      if (q) {
        if (!quantifiable) throw new Unsupported('quantified assertion');
        const min = q[1] === '*' || q[1] === '?' ? 0 : q[1] === '+' ? 1 : Number(q[2]);
        const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] === undefined ? min : q[4] === '' ? Infinity : Number(q[4]);
        items.push({ t: 'rep', min, max, item: node, at: atomAt, to: pos });
      } else items.push(node);
    }
    if (run) items.push({ t: 'set', strings: [run], at: runAt, to: pos });
    return items.length === 1 ? items[0]! : { t: 'seq', items, at: start, to: pos };
  };

  function parseDisjunction(): Node {
    const start = pos;
    const items = [parseAlternative()];
    const spans = [start, pos];
    while (eat('|')) {
      spans.push(pos);
      items.push(parseAlternative());
      spans.push(pos);
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items, spans, at: start, to: pos };
  }

  const node = parseDisjunction();
  if (pos !== length) throw new Unsupported('trailing input');
  return node;
}

// ---------------------------------------------------------------------------------------------
// Necessary literals

/** Largest exact string set (or prefix/suffix set) carried through the analysis. */
const EXACT_LIMIT = 32;
/**
 * Longest literal put in the automaton, and longest string carried in exact/prefix/suffix sets:
 * longer ones are cut (to their rarest window, or to their first/last characters), which only
 * weakens the condition a little and keeps the automaton small.
 */
const MAX_LITERAL = 10;

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
function setCost(set: readonly string[] | null): number {
  if (set === null || set.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < set.length; i++) {
    const s = set[i]!;
    if (s.length === 0) return Infinity;
    sum += literalCost(s);
  }
  return sum;
}

/**
 * A requirement, its cost (Infinity: none) and the part of the pattern source it comes from:
 * requirements from disjoint parts are (roughly) independent, so requiring both pays off.
 */
interface Req {
  set: string[] | null;
  cost: number;
  at: number;
  to: number;
}
const NO_REQ: Req = { set: null, cost: Infinity, at: 0, to: 0 };
const req = (set: string[] | null, at: number, to: number): Req => {
  const cost = setCost(set);
  return cost === Infinity ? NO_REQ : { set, cost, at, to };
};

/**
 * Requirements that all hold at once (any text the node matches meets every one), cheapest
 * first, from disjoint parts of the source, at most KEEP. Each alone is a necessary condition,
 * so any subset of them together is.
 */
type Reqs = Req[];
const KEEP = 3;
const REPLACE = 0.5;
const NONE: Reqs = [];

/**
 * `list` with `r` added (a new array; lists are shared between nodes). Where `r` comes from the
 * same part of the source as requirements already there, only the cheapest is kept.
 */
function withReq(list: Reqs, r: Req): Reqs {
  if (r.set === null) return list;
  let overlapCost = Infinity;
  let overlaps = 0;
  for (const x of list) {
    if (x.at < r.to && r.at < x.to) {
      overlaps++;
      if (x.cost < overlapCost) overlapCost = x.cost;
    }
  }
  // Requirements already there from the same part are replaced only by a clearly cheaper one
  // (several of them are ANDed, which is worth more than one that merely spans them).
  if (overlaps > 0 && r.cost >= REPLACE * overlapCost) return list;
  const out: Reqs = [];
  let placed = false;
  for (const x of list) {
    if (x.at < r.to && r.at < x.to) continue;
    if (!placed && r.cost < x.cost) {
      out.push(r);
      placed = true;
    }
    out.push(x);
  }
  if (!placed) out.push(r);
  if (out.length > KEEP) out.length = KEEP;
  return out;
}

function withReqs(list: Reqs, more: Reqs): Reqs {
  for (const r of more) list = withReq(list, r);
  return list;
}

/**
 * At most `limit` strings, each at most MAX_LITERAL long, such that each string of `set` starts
 * (keepEnd: ends) with one of them: the strings cut to their first (last) k characters, k as
 * large as fits. (Sets may hold duplicates: harmless, and cheaper than removing them.)
 */
function cut(set: readonly string[], limit: number, keepEnd: boolean): string[] {
  let maxLen = 0;
  for (let i = 0; i < set.length; i++) if (set[i]!.length > maxLen) maxLen = set[i]!.length;
  if (set.length <= limit) {
    if (maxLen <= MAX_LITERAL) return set as string[];
    return set.map((s) => (s.length <= MAX_LITERAL ? s : keepEnd ? s.slice(s.length - MAX_LITERAL) : s.slice(0, MAX_LITERAL)));
  }
  // The number of distinct k-character starts grows with k.
  let fit: string[] = NOTHING;
  const seen = new Set<string>();
  for (let k = 1; k <= MAX_LITERAL && k <= maxLen; k++) {
    seen.clear();
    for (let i = 0; i < set.length && seen.size <= limit; i++) {
      const s = set[i]!;
      seen.add(s.length <= k ? s : keepEnd ? s.slice(s.length - k) : s.slice(0, k));
    }
    if (seen.size > limit) break;
    fit = [...seen];
  }
  return fit;
}

/** Every a·b, or null when there would be more than EXACT_LIMIT. */
function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  if (a.length === 1 && a[0] === '') return b as string[];
  if (b.length === 1 && b[0] === '') return a as string[];
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out.push(a[i]! + b[j]!);
  return out;
}

/**
 * Strings r·p: a match has one of them where a part ending in r meets a part starting with p.
 * `ends` is cut to fit EXACT_LIMIT; whether anything of it is left is `lastSpanningUsedEnds`.
 */
function spanning(ends: readonly string[], starts: readonly string[]): string[] {
  const kept = cut(ends, Math.max(1, Math.floor(EXACT_LIMIT / starts.length)), true);
  lastSpanningUsedEnds = kept.length > 1 || kept[0] !== '';
  return cross(kept, starts)!;
}
let lastSpanningUsedEnds = false;

function union(sets: readonly (readonly string[])[]): string[] {
  if (sets.length === 1) return sets[0] as string[];
  const out: string[] = [];
  for (const s of sets) for (let i = 0; i < s.length; i++) out.push(s[i]!);
  return out;
}

/**
 * What the analysis knows about the strings a node can match.
 * - exact: every string it can match, when that set is finite and small (strings ≤ MAX_LITERAL);
 * - prefix / suffix: every match starts / ends with one of these ("" = no knowledge), at most
 *   EXACT_LIMIT strings of at most MAX_LITERAL characters;
 * - req: the text must contain one of these (null = no requirement), with its cost.
 */
interface Info {
  exact: string[] | null;
  prefix: string[];
  suffix: string[];
  reqs: Reqs;
}

const NOTHING: string[] = [''];
const UNKNOWN: Info = { exact: null, prefix: NOTHING, suffix: NOTHING, reqs: NONE };
const ZERO_WIDTH: Info = { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, reqs: NONE };

/** Info for a node matching exactly the strings of `set`, demoted when too many or too long. */
function exactInfo(set: string[], rs: Reqs, at: number, to: number): Info {
  let demote = set.length > EXACT_LIMIT;
  for (const s of set) if (s.length > MAX_LITERAL) demote = true;
  const reqs = withReq(rs, req(set, at, to));
  if (!demote) return { exact: set, prefix: set, suffix: set, reqs };
  return { exact: null, prefix: cut(set, EXACT_LIMIT, false), suffix: cut(set, EXACT_LIMIT, true), reqs };
}

function analyse(node: Node): Info {
  const at = node.at ?? 0;
  const to = node.to ?? 0;
  switch (node.t) {
    case 'set':
      return exactInfo(node.strings, NONE, at, to);
    case 'char':
      return node.chars ? { exact: node.chars, prefix: node.chars, suffix: node.chars, reqs: withReq(NONE, req(node.chars, at, to)) } : UNKNOWN;
    case 'assert':
      return ZERO_WIDTH;
    case 'look':
      // Consumes nothing; a positive lookaround still needs its content somewhere in the text.
      return node.neg ? ZERO_WIDTH : { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, reqs: analyse(node.item).reqs };
    case 'alt': {
      const infos = node.items.map(analyse);
      let allReq = true;
      let allExact = true;
      for (const i of infos) {
        if (i.reqs.length === 0) allReq = false;
        if (!i.exact) allExact = false;
      }
      // Either branch may match: one requirement, the union of each branch's cheapest.
      const r = allReq ? withReq(NONE, req(union(infos.map((i) => i.reqs[0]!.set!)), at, to)) : NONE;
      if (allExact) return exactInfo(union(infos.map((i) => i.exact!)), r, at, to);
      const prefix = cut(union(infos.map((i) => i.prefix)), EXACT_LIMIT, false);
      const suffix = cut(union(infos.map((i) => i.suffix)), EXACT_LIMIT, true);
      return { exact: null, prefix, suffix, reqs: withReq(withReq(r, req(prefix, at, to)), req(suffix, at, to)) };
    }
    case 'rep': {
      const { min, max } = node;
      if (max === 0) return ZERO_WIDTH;
      const c = analyse(node.item);
      if (c.exact && max <= EXACT_LIMIT) {
        // Expand small finite repeats exactly: s{1,2} → {s, ss}; (?:een )? → {"", "een "}.
        let power: string[] | null = NOTHING;
        const all = new Set<string>(min === 0 ? NOTHING : []);
        for (let k = 1; k <= max && power && all.size <= EXACT_LIMIT; k++) {
          power = cross(power, c.exact);
          if (power && k >= min) for (const s of power) all.add(s);
        }
        if (power && all.size <= EXACT_LIMIT) return exactInfo([...all], min >= 1 ? c.reqs : NONE, at, to);
      }
      if (min === 0) return UNKNOWN;
      let prefix = c.prefix;
      let suffix = c.suffix;
      if (c.exact) {
        // At least `min` copies: every match starts and ends with one of c^min.
        let power: string[] = c.exact;
        for (let k = 1; k < min; k++) {
          const next = cross(power, c.exact);
          if (!next) break;
          power = next;
        }
        prefix = cut(power, EXACT_LIMIT, false);
        suffix = cut(power, EXACT_LIMIT, true);
      }
      return { exact: null, prefix, suffix, reqs: withReq(withReq(c.reqs, req(prefix, at, to)), req(suffix, at, to)) };
    }
    case 'seq': {
      // `run`: every match of the items so far ends with one of these strings. While all items
      // are exact it is the exact set itself (allExact). It comes from the source from runAt on.
      let run: string[] = NOTHING;
      let runAt = at;
      let prefix: string[] | null = null;
      let allExact = true;
      let chosen = NONE;
      for (const item of node.items) {
        const c = analyse(item);
        const itemAt = item.at ?? at;
        const itemTo = item.to ?? to;
        chosen = withReqs(chosen, c.reqs);
        if (c.exact) {
          if (run === NOTHING) runAt = itemAt;
          let next = cross(run, c.exact);
          if (next) {
            for (const s of next) {
              if (s.length > MAX_LITERAL) {
                next = null;
                break;
              }
            }
          }
          if (!next) {
            // Too many or too long: the run so far is a candidate; carry on with its ends.
            chosen = withReq(chosen, req(run, runAt, itemAt));
            if (allExact) prefix = cut(run, EXACT_LIMIT, false);
            allExact = false;
            next = spanning(run, c.exact);
            if (!lastSpanningUsedEnds) runAt = itemAt;
            chosen = withReq(chosen, req(next, runAt, itemTo));
            next = cut(next, EXACT_LIMIT, true);
          }
          run = next;
        } else {
          chosen = withReq(chosen, req(run, runAt, itemAt));
          const span = spanning(run, c.prefix);
          chosen = withReq(chosen, req(span, lastSpanningUsedEnds ? runAt : itemAt, itemTo));
          if (allExact) {
            // spanning() may have kept only the ends of `run`; those are not prefixes of the match.
            const p = cross(run, c.prefix);
            prefix = cut(p ?? run, EXACT_LIMIT, false);
          }
          allExact = false;
          run = c.suffix;
          runAt = itemAt;
        }
      }
      chosen = withReq(chosen, req(run, runAt, to));
      if (allExact) return { exact: run, prefix: run, suffix: run, reqs: chosen };
      return { exact: null, prefix: prefix ?? NOTHING, suffix: run, reqs: chosen };
    }
  }
}

/** Drop literals that contain another literal of the set: the condition stays the same. */
function minimise(set: readonly string[]): string[] {
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/** A long literal cut to its rarest window of MAX_LITERAL characters (a weaker, still necessary condition). */
function window(s: string): string {
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

/** At most this many literal sets per clause, all of which the text must meet. */
const MAX_SETS = 4;
/** A further set that matches nearly everywhere (" ", "?") is not worth checking. */
const FURTHER_SET_COST = 0.02;
/** At most this many clauses per pattern; a pattern with more alternatives is read as one. */
const MAX_CLAUSES = 24;

/** Stands for "no bound" in the offsets below (kept in Int32Arrays). */
const UNBOUNDED = 0x3fffffff;

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

// ---------------------------------------------------------------------------------------------
// The automaton and the per-rule-set prefilter

/** Per literal, the share of everyday chat messages that contain it (literal-freq.ts); absent: rare. */
function literalFrequency(): Map<string, number> {
  const out = new Map<string, number>();
  const share = 1 / LITERAL_FREQ.messages;
  for (const line of LITERAL_FREQ.counts.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)) * share);
  }
  return out;
}

/**
 * `clause` with its sets in the order the scan uses them: the first is the trigger, the others
 * are checked in turn until one is not met. Rarest first, as measured in everyday chat
 * (`frequency`: the sum over a set's literals of the share of messages that hold it); sets of
 * literals too rare to be measured, by the price model (setCost). The order changes nothing
 * about which texts meet the clause (every set must be met), only how many clauses a message
 * triggers and how many sets are checked: on the bench about 22 clauses instead of 38.
 */
export function triggerOrder(clause: Clause, frequency: ReadonlyMap<string, number>): Clause {
  const { sets, ends } = clause;
  if (sets.length < 2) return clause;
  const measured = sets.map((set) => {
    let sum = 0;
    for (const lit of set) sum += frequency.get(lit) ?? 0;
    return sum;
  });
  const model = sets.map((set) => setCost(set));
  const order = sets.map((_, k) => k).sort((a, b) => measured[a]! - measured[b]! || model[a]! - model[b]! || a - b);
  if (order.every((k, i) => k === i)) return clause;
  return { ...clause, sets: order.map((k) => sets[k]!), ends: order.map((k) => ends[k]!) };
}

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

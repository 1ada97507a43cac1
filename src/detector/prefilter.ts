/**
 * Literal prefilter for the rule engine: which patterns can possibly match a text, found in one
 * pass over it, so that only those run (engine.ts).
 *
 * CORRECT BY CONSTRUCTION. For every pattern the source is parsed and a *necessary condition* is
 * derived: a set of literal strings such that any text the pattern matches contains at least one
 * of them. Nobody maintains keyword lists; a rule author writes patterns and gets this for free.
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
 *   `XY…`                          whichever requirement of the children, or of the literal
 *                                  strings spanning adjacent children, is the most selective
 * Exact finite languages (e.g. `(?:een |nog een )?foto`) are carried as sets of strings while
 * small (EXACT_LIMIT), so literals can cross group boundaries; each node also knows a set of
 * strings every match starts with and one every match ends with, so `fo+to` yields "fo" and
 * "oto". Anything the parser does not understand (backreferences, the `v` flag, Unicode mode with
 * surrogates, Annex B oddities) makes the pattern "always run": never wrong, only slower.
 *
 * Case: the scanner folds A–Z to a–z and so do the literals, which only ever widens the
 * condition. Under the `i` flag non-ASCII letters (and k/s under `iu`, which fold with the Kelvin
 * and long-s signs) count as unknown characters.
 *
 * At match time one Aho–Corasick automaton over all literals of all patterns (a dense DFA on
 * character classes, built once per rule set on first use) scans the normalised text once and
 * stamps the patterns, and the rules owning them, with the current epoch. Each automaton state
 * reports its patterns at most once per scan, so the work is linear in the text plus bounded by
 * the automaton's size.
 */
import type { RuleDef } from './types';

// ---------------------------------------------------------------------------------------------
// Regular-expression syntax tree (only what the analysis needs)

export type Node =
  | { t: 'char'; chars: string[] | null } // one character from `chars`; null = unknown/too many
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; min: number; max: number; item: Node }
  | { t: 'assert' } // ^ $ \b \B: zero width, no requirement
  | { t: 'look'; neg: boolean; item: Node };

/** Thrown for anything outside the analysed subset; the pattern then always runs. */
class Unsupported extends Error {}

/** Largest character class expanded into alternatives (`[sz]`, `[ck]`, `[aeiou]`). */
const CLASS_LIMIT = 6;

const SYNTAX_CHARS = '^$\\.*+?()[]{}|/';

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
  let pos = 0;
  const peek = () => source[pos];
  const eat = (c: string) => {
    if (source[pos] === c) {
      pos++;
      return true;
    }
    return false;
  };

  /** A character as the scanner sees it, or null when case folding makes it ambiguous. */
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
   * class escape (\d \w \s and negations, \p{…}). `\b` and digits are handled by the callers.
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
      if (source[pos] === '-' ) {
        pos++;
        return '-';
      }
      return escapeChar(true);
    };
    while (peek() !== ']') {
      if (pos >= source.length) throw new Unsupported('unterminated class');
      const a = classAtom();
      if (peek() === '-' && source[pos + 1] !== ']' && pos + 1 < source.length) {
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

  const parseAtom = (): { node: Node; quantifiable: boolean } => {
    const c = source[pos++]!;
    switch (c) {
      case '^': case '$':
        return { node: { t: 'assert' }, quantifiable: false };
      case '.':
        return { node: { t: 'char', chars: null }, quantifiable: true };
      case '[':
        return { node: parseClass(), quantifiable: true };
      case '(': {
        if (eat('?')) {
          if (eat(':')) {
            const item = parseDisjunction();
            if (!eat(')')) throw new Unsupported('group');
            return { node: item, quantifiable: true };
          }
          if (source[pos] === '<' && (source[pos + 1] === '=' || source[pos + 1] === '!')) pos++; // lookbehind
          if (source[pos] === '=' || source[pos] === '!') {
            const neg = source[pos++] === '!';
            const item = parseDisjunction();
            if (!eat(')')) throw new Unsupported('lookaround');
            // Annex B allows quantified lookaheads; refuse them rather than model them.
            return { node: { t: 'look', neg, item }, quantifiable: false };
          }
          if (eat('<')) {
            const close = source.indexOf('>', pos);
            if (close < 0 || !/^[A-Za-z_$][\w$]*$/.test(source.slice(pos, close))) throw new Unsupported('group name');
            pos = close + 1;
            const item = parseDisjunction();
            if (!eat(')')) throw new Unsupported('group');
            return { node: item, quantifiable: true };
          }
          throw new Unsupported('group modifiers');
        }
        const item = parseDisjunction();
        if (!eat(')')) throw new Unsupported('group');
        return { node: item, quantifiable: true };
      }
      case '\\': {
        const e = source[pos];
        if (e === 'b' || e === 'B') {
          pos++;
          return { node: { t: 'assert' }, quantifiable: false };
        }
        const ch = escapeChar(false);
        return { node: charNode(ch === null ? null : [ch]), quantifiable: true };
      }
      case ')': case '|': case '*': case '+': case '?': case '{':
        throw new Unsupported(`unexpected ${c}`);
      case ']': case '}':
        if (unicode) throw new Unsupported(`unexpected ${c}`);
        return { node: charNode([c]), quantifiable: true };
      default:
        return { node: charNode([c]), quantifiable: true };
    }
  };

  const parseQuantifier = (): { min: number; max: number } | null => {
    const c = peek();
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos, pos + 24));
      if (!m) throw new Unsupported('brace'); // Annex B literal '{': refuse
      pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      q = { min, max };
    } else return null;
    eat('?'); // lazy: same language
    return q;
  };

  const parseAlternative = (): Node => {
    const items: Node[] = [];
    while (pos < source.length && peek() !== '|' && peek() !== ')') {
      const { node, quantifiable } = parseAtom();
      const q = parseQuantifier();
      if (q) {
        if (!quantifiable) throw new Unsupported('quantified assertion');
        items.push({ t: 'rep', min: q.min, max: q.max, item: node });
      } else items.push(node);
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  };

  function parseDisjunction(): Node {
    const items = [parseAlternative()];
    while (eat('|')) items.push(parseAlternative());
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  const node = parseDisjunction();
  if (pos !== source.length) throw new Unsupported('trailing input');
  return node;
}

// ---------------------------------------------------------------------------------------------
// Necessary literals

/** Largest exact string set (or prefix/suffix set) carried through the analysis. */
const EXACT_LIMIT = 64;
/** Longest literal put in the automaton: a longer one is cut to its rarest window. */
const MAX_LITERAL = 12;

/**
 * What the analysis knows about the strings a node can match.
 * - exact: every string it can match, when that set is finite and small;
 * - prefix / suffix: every match starts / ends with one of these ("" = no knowledge);
 * - req: the text must contain one of these (null = no requirement).
 */
interface Info {
  exact: string[] | null;
  prefix: string[];
  suffix: string[];
  req: string[] | null;
}

const EMPTY: readonly string[] = [''];
const UNKNOWN: Info = { exact: null, prefix: [''], suffix: [''], req: null };

/** Rough per-position probability of each character in normalised chat (Dutch + English). */
const FREQ: Record<string, number> = {
  ' ': 0.17, e: 0.11, n: 0.065, a: 0.055, t: 0.05, i: 0.05, o: 0.05, r: 0.045, s: 0.04, d: 0.035,
  l: 0.03, h: 0.03, j: 0.02, k: 0.02, u: 0.025, m: 0.02, g: 0.018, w: 0.015, v: 0.015, b: 0.012,
  c: 0.01, p: 0.01, z: 0.01, f: 0.008, y: 0.008, '?': 0.008, x: 0.002, q: 0.001, "'": 0.002,
};
const charFreq = (c: string): number => FREQ[c] ?? (c >= '0' && c <= '9' ? 0.003 : 0.001);

/**
 * Characters of real words are far from independent ("mag ik " is common, not one in 10^10), so
 * beyond about five characters a literal is taken to get no rarer: LITERAL_FLOOR. That keeps the
 * choice on small sets of medium literals rather than huge sets of long ones (automaton size).
 */
const LITERAL_FLOOR = 1e-6;

function literalCost(s: string): number {
  let p = 1;
  for (let i = 0; i < s.length; i++) p *= charFreq(s[i]!);
  return Math.max(p, LITERAL_FLOOR);
}

/** Expected hits per text position of a requirement set; lower is more selective. */
function setCost(set: readonly string[]): number {
  let sum = 0;
  for (const s of set) sum += literalCost(s) + s.length * 1e-9;
  return sum;
}

const usable = (set: readonly string[] | null): set is string[] =>
  set !== null && set.length > 0 && !set.includes('');

function best(...sets: (readonly string[] | null)[]): string[] | null {
  let chosen: string[] | null = null;
  let cost = Infinity;
  for (const set of sets) {
    if (!usable(set)) continue;
    const c = setCost(set);
    if (c < cost) {
      cost = c;
      chosen = set;
    }
  }
  return chosen;
}

function dedupe(xs: string[]): string[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}

function cross(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

/** The set cut to at most `limit` strings by keeping only their last (or first) k characters. */
function shrink(set: readonly string[], limit: number, keepEnd: boolean): string[] {
  if (set.length <= limit) return set as string[];
  let maxLen = 0;
  for (const s of set) maxLen = Math.max(maxLen, s.length);
  for (let k = maxLen - 1; k > 0; k--) {
    const cut = dedupe(set.map((s) => (keepEnd ? s.slice(-k) : s.slice(0, k))));
    if (cut.length <= limit) return cut;
  }
  return [''];
}

/** a × b where every string of a must be followed by one of b, within EXACT_LIMIT. */
function join(a: readonly string[], b: readonly string[]): string[] {
  if (b.length > EXACT_LIMIT) b = shrink(b, EXACT_LIMIT, false);
  return cross(shrink(a, Math.max(1, Math.floor(EXACT_LIMIT / b.length)), true), b);
}

function union(sets: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return [...out];
}

function analyse(node: Node): Info {
  switch (node.t) {
    case 'char':
      return node.chars ? { exact: node.chars, prefix: node.chars, suffix: node.chars, req: node.chars } : UNKNOWN;
    case 'assert':
      return { exact: [''], prefix: [''], suffix: [''], req: null };
    case 'look': {
      if (node.neg) return { exact: [''], prefix: [''], suffix: [''], req: null };
      return { exact: [''], prefix: [''], suffix: [''], req: analyse(node.item).req };
    }
    case 'alt': {
      const infos = node.items.map(analyse);
      let exact: string[] | null = null;
      if (infos.every((i) => i.exact)) {
        const u = union(infos.map((i) => i.exact!));
        if (u.length <= EXACT_LIMIT) exact = u;
      }
      const prefix = shrink(union(infos.map((i) => i.prefix)), EXACT_LIMIT, false);
      const suffix = shrink(union(infos.map((i) => i.suffix)), EXACT_LIMIT, true);
      const req = infos.every((i) => i.req) ? union(infos.map((i) => i.req!)) : null;
      return exact ? { exact, prefix: exact, suffix: exact, req: best(req, exact) } : { exact, prefix, suffix, req: best(req, prefix, suffix) };
    }
    case 'rep': {
      const { min, max } = node;
      if (max === 0) return { exact: [''], prefix: [''], suffix: [''], req: null };
      const c = analyse(node.item);
      if (c.exact && max !== Infinity) {
        // Expand small finite repeats exactly: s{1,2} → {s, ss}; (?:een )? → {"", "een "}.
        let power: string[] = [''];
        const all = new Set<string>();
        let ok = true;
        for (let k = 1; k <= max && ok; k++) {
          if (power.length * c.exact.length > EXACT_LIMIT) ok = false;
          else {
            power = cross(power, c.exact);
            if (k >= min) for (const s of power) all.add(s);
            if (all.size > EXACT_LIMIT) ok = false;
          }
        }
        if (min === 0) all.add('');
        if (ok && all.size <= EXACT_LIMIT) {
          const exact = [...all];
          return { exact, prefix: exact, suffix: exact, req: min >= 1 ? best(c.req, exact) : null };
        }
      }
      if (min === 0) return { exact: null, prefix: [''], suffix: [''], req: null };
      let prefix = c.prefix;
      let suffix = c.suffix;
      if (c.exact) {
        // At least `min` copies: every match starts and ends with c^min (within the limit).
        let power: string[] = [''];
        for (let k = 0; k < min && power.length * c.exact.length <= EXACT_LIMIT; k++) power = cross(power, c.exact);
        prefix = power;
        suffix = power;
      }
      return { exact: null, prefix, suffix, req: best(c.req, prefix, suffix) };
    }
    case 'seq': {
      let run: string[] = [''];
      let prefix: string[] | null = null;
      let allExact = true;
      const candidates: (string[] | null)[] = [];
      for (const item of node.items) {
        const c = analyse(item);
        candidates.push(c.req);
        if (c.exact) {
          if (run.length * c.exact.length > EXACT_LIMIT) {
            candidates.push(run);
            if (allExact) prefix = run;
            allExact = false;
          }
          run = join(run, c.exact);
        } else {
          const spanning = join(run, c.prefix);
          candidates.push(spanning);
          if (allExact) {
            // join() may have kept only the ends of `run`; those are not prefixes of the match.
            prefix = run.length * c.prefix.length <= EXACT_LIMIT ? cross(run, c.prefix) : run;
          }
          allExact = false;
          run = c.suffix;
        }
      }
      candidates.push(run);
      if (allExact) return { exact: run, prefix: run, suffix: run, req: best(run, ...candidates) };
      return { exact: null, prefix: prefix ?? [''], suffix: run, req: best(...candidates) };
    }
  }
}

/** Drop literals that contain another literal of the set: the condition stays the same. */
function minimise(set: readonly string[]): string[] {
  const sorted = dedupe([...set]).sort((a, b) => a.length - b.length);
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

/**
 * The literals one of which any text matched by `pattern` contains, or null when the pattern
 * must always run (no requirement found, or syntax outside the analysed subset).
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  // g and y make test() stateful (lastIndex): keep such patterns on the exhaustive path.
  if (/[gy]/.test(pattern.flags)) return null;
  let node: Node;
  try {
    node = parseRegExp(pattern.source, pattern.flags);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const req = analyse(node).req;
  return req ? minimise(req.map(window)) : null;
}

// ---------------------------------------------------------------------------------------------
// The automaton and the per-rule-set prefilter

/**
 * One rule set's prefilter. Patterns are numbered globally: rule r's patterns are
 * patternBase[r] … patternBase[r] + rules[r].patterns.length - 1, its `unless` patterns follow at
 * unlessBase[r] ….
 *
 * After `scan(text)` returns the epoch e:
 *  - rule r can fire only if ruleMark[r] === e or alwaysRule[r];
 *  - pattern p can match only if patternMark[p] === e or alwaysPattern[p].
 */
export interface Prefilter {
  readonly ruleCount: number;
  readonly patternBase: Int32Array;
  readonly unlessBase: Int32Array;
  readonly patternMark: Int32Array;
  readonly ruleMark: Int32Array;
  readonly alwaysPattern: Uint8Array;
  readonly alwaysRule: Uint8Array;
  scan(text: string): number;
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
  states: number;
  classes: number;
  /** Milliseconds for analysis and automaton. */
  analyseMs: number;
  automatonMs: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function buildPrefilter(rules: readonly RuleDef[]): Prefilter {
  const t0 = now();
  const ruleCount = rules.length;
  const patternBase = new Int32Array(ruleCount);
  const unlessBase = new Int32Array(ruleCount);
  const patternRule: number[] = [];
  const patternIsMain: boolean[] = [];
  const literalsOf: (string[] | null)[] = [];
  const alwaysPatterns: PrefilterStats['alwaysPatterns'] = [];
  const alwaysRules: string[] = [];
  const add = (rule: RuleDef, r: number, p: RegExp, main: boolean, where: string) => {
    const lits = requiredLiterals(p);
    patternRule.push(r);
    patternIsMain.push(main);
    literalsOf.push(lits);
    if (!lits) alwaysPatterns.push({ rule: rule.id, where, source: p.source });
  };
  rules.forEach((rule, r) => {
    patternBase[r] = patternRule.length;
    rule.patterns.forEach((p, i) => add(rule, r, p, true, `patterns[${i}]`));
    unlessBase[r] = patternRule.length;
    (rule.unless ?? []).forEach((p, i) => add(rule, r, p, false, `unless[${i}]`));
  });
  const patternCount = patternRule.length;
  const alwaysPattern = new Uint8Array(patternCount);
  const alwaysRule = new Uint8Array(ruleCount);
  for (let p = 0; p < patternCount; p++) {
    if (literalsOf[p]) continue;
    alwaysPattern[p] = 1;
    if (patternIsMain[p] && !alwaysRule[patternRule[p]!]) {
      alwaysRule[patternRule[p]!] = 1;
      alwaysRules.push(rules[patternRule[p]!]!.id);
    }
  }
  const t1 = now();

  // Literal → patterns needing it.
  const literalIndex = new Map<string, number[]>();
  for (let p = 0; p < patternCount; p++) {
    for (const lit of literalsOf[p] ?? []) {
      const list = literalIndex.get(lit);
      if (list) list.push(p);
      else literalIndex.set(lit, [p]);
    }
  }

  // Character classes: 0 = a character no literal contains; A–Z share a–z's class.
  const classOf = new Uint8Array(65536);
  let classes = 1;
  let totalLength = 0;
  for (const lit of literalIndex.keys()) {
    totalLength += lit.length;
    for (let i = 0; i < lit.length; i++) {
      const code = lit.charCodeAt(i);
      if (classOf[code] === 0) {
        // More than 255 distinct characters: the rest share one class (a wider, still correct condition).
        classOf[code] = classes < 255 ? classes++ : 255;
      }
    }
  }
  if (classes === 255) classes = 256;
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32]!;
  const K = classes;

  // Trie in a dense table (0 = no edge: nothing points back to the root).
  const maxStates = totalLength + 1;
  let delta = new Int32Array(maxStates * K);
  const own: (number[] | undefined)[] = [];
  let states = 1;
  for (const [lit, pats] of literalIndex) {
    let s = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = classOf[lit.charCodeAt(i)]!;
      let t = delta[s * K + c]!;
      if (t === 0) {
        t = states++;
        delta[s * K + c] = t;
      }
      s = t;
    }
    own[s] = own[s] ? [...own[s]!, ...pats] : pats.slice();
  }
  delta = delta.slice(0, states * K);

  // Breadth-first: failure links, full transitions, and each state's patterns (its own plus
  // those of its failure chain).
  const fail = new Int32Array(states);
  const out: (number[] | undefined)[] = new Array(states);
  const order: number[] = [];
  for (let c = 0; c < K; c++) {
    const t = delta[c]!;
    if (t !== 0) {
      fail[t] = 0;
      order.push(t);
    }
  }
  for (let head = 0; head < order.length; head++) {
    const s = order[head]!;
    const f = fail[s]!;
    const inherited = out[f];
    const mine = own[s];
    out[s] = mine && inherited ? [...new Set([...mine, ...inherited])] : (mine ?? inherited);
    for (let c = 0; c < K; c++) {
      const t = delta[s * K + c]!;
      if (t !== 0) {
        fail[t] = delta[f * K + c]!;
        order.push(t);
      } else {
        delta[s * K + c] = delta[f * K + c]!;
      }
    }
  }
  // Flatten the outputs; a transition into a state with outputs is stored as ~(next·K) so the
  // hot loop tests one sign. Other entries hold next·K.
  const outStart = new Int32Array(states + 1);
  let n = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = n;
    n += out[s]?.length ?? 0;
  }
  outStart[states] = n;
  const outList = new Int32Array(n);
  for (let s = 0; s < states; s++) if (out[s]) outList.set(out[s]!, outStart[s]!);
  for (let i = 0; i < delta.length; i++) {
    const t = delta[i]!;
    delta[i] = out[t] ? ~(t * K) : t * K;
  }
  const t2 = now();

  const patternMark = new Int32Array(patternCount);
  const ruleMark = new Int32Array(ruleCount);
  const stateMark = new Int32Array(states);
  const patternRuleArr = Int32Array.from(patternRule);
  const isMain = Uint8Array.from(patternIsMain, (b) => (b ? 1 : 0));
  let epoch = 0;

  const scan = (text: string): number => {
    if (epoch === 0x7fffffff) {
      epoch = 0;
      patternMark.fill(0);
      ruleMark.fill(0);
      stateMark.fill(0);
    }
    const e = ++epoch;
    let s = 0;
    for (let i = 0, len = text.length; i < len; i++) {
      const next = delta[s + classOf[text.charCodeAt(i)]!]!;
      if (next >= 0) {
        s = next;
        continue;
      }
      s = ~next;
      const state = (s / K) | 0;
      if (stateMark[state] === e) continue;
      stateMark[state] = e;
      for (let j = outStart[state]!, end = outStart[state + 1]!; j < end; j++) {
        const p = outList[j]!;
        patternMark[p] = e;
        if (isMain[p]) ruleMark[patternRuleArr[p]!] = e;
      }
    }
    return e;
  };

  return {
    ruleCount,
    patternBase,
    unlessBase,
    patternMark,
    ruleMark,
    alwaysPattern,
    alwaysRule,
    scan,
    stats: {
      rules: ruleCount,
      patterns: patternCount,
      alwaysPatterns,
      alwaysRules,
      literals: literalIndex.size,
      states,
      classes: K,
      analyseMs: t1 - t0,
      automatonMs: t2 - t1,
    },
  };
}

const cache = new WeakMap<readonly RuleDef[], { prefilter: Prefilter; length: number }>();

/** The prefilter of a rule set, built on first use and kept while the array lives. */
export function prefilterFor(rules: readonly RuleDef[]): Prefilter {
  const hit = cache.get(rules);
  if (hit && hit.length === rules.length) return hit.prefilter;
  const prefilter = buildPrefilter(rules);
  cache.set(rules, { prefilter, length: rules.length });
  return prefilter;
}

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
  | { t: 'set'; strings: string[] } // one of these strings (a literal, or a group of plain words)
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
        return { t: 'assert' };
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
        if (words) {
          const strings: string[] = [];
          for (const w of words[1]!.split('|')) {
            const f = foldRun(w);
            if (f === null) break;
            strings.push(f);
          }
          if (strings.length === words[1]!.split('|').length) {
            pos = WORD_GROUP.lastIndex;
            return { t: 'set', strings };
          }
        }
        pos++; // '?'
        if (eat(':')) {
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('group');
          return item;
        }
        if (source[pos] === '<' && (source[pos + 1] === '=' || source[pos + 1] === '!')) pos++; // lookbehind
        if (source[pos] === '=' || source[pos] === '!') {
          const neg = source[pos++] === '!';
          const item = parseDisjunction();
          if (!eat(')')) throw new Unsupported('lookaround');
          quantifiable = false; // Annex B allows quantified lookaheads; refuse them rather than model them.
          return { t: 'look', neg, item };
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
          return { t: 'assert' };
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
    while (pos < length) {
      const c = source[pos];
      if (c === '|' || c === ')') break;
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
      const node = parseAtom();
      QUANTIFIER.lastIndex = pos;
      const q = source[pos] === '*' || source[pos] === '+' || source[pos] === '?' || source[pos] === '{' ? QUANTIFIER.exec(source) : null;
      if (q) pos = QUANTIFIER.lastIndex;
      else if (source[pos] === '{') throw new Unsupported('brace'); // Annex B literal '{': refuse
      if (!q && node.t === 'char' && node.chars?.length === 1) {
        run += node.chars[0];
        continue;
      }
      if (run) {
        items.push({ t: 'set', strings: [run] });
        run = '';
      }
      if (q) {
        if (!quantifiable) throw new Unsupported('quantified assertion');
        const min = q[1] === '*' || q[1] === '?' ? 0 : q[1] === '+' ? 1 : Number(q[2]);
        const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] === undefined ? min : q[4] === '' ? Infinity : Number(q[4]);
        items.push({ t: 'rep', min, max, item: node });
      } else items.push(node);
    }
    if (run) items.push({ t: 'set', strings: [run] });
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  };

  function parseDisjunction(): Node {
    const items = [parseAlternative()];
    while (eat('|')) items.push(parseAlternative());
    return items.length === 1 ? items[0]! : { t: 'alt', items };
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
const MAX_LITERAL = 12;

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

function literalCost(s: string): number {
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

/** A requirement and its cost (Infinity: none). */
interface Req {
  set: string[] | null;
  cost: number;
}
const NO_REQ: Req = { set: null, cost: Infinity };
const req = (set: string[] | null): Req => {
  const cost = setCost(set);
  return cost === Infinity ? NO_REQ : { set, cost };
};
const cheaper = (a: Req, b: Req): Req => (b.cost < a.cost ? b : a);

function dedupe(xs: string[]): string[] {
  const n = xs.length;
  if (n < 2) return xs;
  if (n > 12) return [...new Set(xs)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    let seen = false;
    for (let j = 0; j < out.length; j++) {
      if (out[j] === x) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push(x);
  }
  return out;
}

/**
 * At most `limit` strings, each at most MAX_LITERAL long, such that each string of `set` starts
 * (keepEnd: ends) with one of them: the strings cut to their first (last) k characters, k as
 * large as fits.
 */
function cut(set: readonly string[], limit: number, keepEnd: boolean): string[] {
  let long = false;
  for (const s of set) if (s.length > MAX_LITERAL) long = true;
  const slice = (k: number) => (s: string) => (s.length <= k ? s : keepEnd ? s.slice(s.length - k) : s.slice(0, k));
  if (set.length <= limit) return long ? dedupe(set.map(slice(MAX_LITERAL))) : (set as string[]);
  // The number of distinct k-character starts grows with k.
  let fit: string[] = NOTHING;
  for (let k = 1; k <= MAX_LITERAL; k++) {
    const c = dedupe(set.map(slice(k)));
    if (c.length > limit) break;
    fit = c;
  }
  return fit;
}

/** Every a·b, or null when there would be more than EXACT_LIMIT. */
function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  if (a.length === 1 && a[0] === '') return b as string[];
  if (b.length === 1 && b[0] === '') return a as string[];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

/** Strings r·p: a match has one of them where a part ending in r meets a part starting with p. */
function spanning(ends: readonly string[], starts: readonly string[]): string[] {
  return cross(cut(ends, Math.max(1, Math.floor(EXACT_LIMIT / starts.length)), true), starts)!;
}

function union(sets: readonly (readonly string[])[]): string[] {
  if (sets.length === 1) return sets[0] as string[];
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return [...out];
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
  req: Req;
}

const NOTHING: string[] = [''];
const UNKNOWN: Info = { exact: null, prefix: NOTHING, suffix: NOTHING, req: NO_REQ };
const ZERO_WIDTH: Info = { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, req: NO_REQ };

/** Info for a node matching exactly the strings of `set`, demoted when too many or too long. */
function exactInfo(set: string[], r: Req): Info {
  let demote = set.length > EXACT_LIMIT;
  for (const s of set) if (s.length > MAX_LITERAL) demote = true;
  const own = req(set);
  if (!demote) return { exact: set, prefix: set, suffix: set, req: cheaper(r, own) };
  return { exact: null, prefix: cut(set, EXACT_LIMIT, false), suffix: cut(set, EXACT_LIMIT, true), req: cheaper(r, own) };
}

function analyse(node: Node): Info {
  switch (node.t) {
    case 'set':
      return exactInfo(dedupe(node.strings), NO_REQ);
    case 'char':
      return node.chars ? { exact: node.chars, prefix: node.chars, suffix: node.chars, req: req(node.chars) } : UNKNOWN;
    case 'assert':
      return ZERO_WIDTH;
    case 'look':
      // Consumes nothing; a positive lookaround still needs its content somewhere in the text.
      return node.neg ? ZERO_WIDTH : { exact: NOTHING, prefix: NOTHING, suffix: NOTHING, req: analyse(node.item).req };
    case 'alt': {
      const infos = node.items.map(analyse);
      let allReq = true;
      let allExact = true;
      for (const i of infos) {
        if (!i.req.set) allReq = false;
        if (!i.exact) allExact = false;
      }
      const r = allReq ? req(union(infos.map((i) => i.req.set!))) : NO_REQ;
      if (allExact) return exactInfo(union(infos.map((i) => i.exact!)), r);
      const prefix = cut(union(infos.map((i) => i.prefix)), EXACT_LIMIT, false);
      const suffix = cut(union(infos.map((i) => i.suffix)), EXACT_LIMIT, true);
      return { exact: null, prefix, suffix, req: cheaper(cheaper(r, req(prefix)), req(suffix)) };
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
        if (power && all.size <= EXACT_LIMIT) return exactInfo([...all], min >= 1 ? c.req : NO_REQ);
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
      return { exact: null, prefix, suffix, req: cheaper(cheaper(c.req, req(prefix)), req(suffix)) };
    }
    case 'seq': {
      // `run`: every match of the items so far ends with one of these strings. While all items
      // are exact it is the exact set itself (allExact).
      let run: string[] = NOTHING;
      let prefix: string[] | null = null;
      let allExact = true;
      let chosen = NO_REQ;
      for (const item of node.items) {
        const c = analyse(item);
        chosen = cheaper(chosen, c.req);
        if (c.exact) {
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
            chosen = cheaper(chosen, req(run));
            if (allExact) prefix = cut(run, EXACT_LIMIT, false);
            allExact = false;
            next = spanning(run, c.exact);
            chosen = cheaper(chosen, req(next));
            next = cut(next, EXACT_LIMIT, true);
          }
          run = next;
        } else {
          chosen = cheaper(chosen, req(spanning(run, c.prefix)));
          if (allExact) {
            // spanning() may have kept only the ends of `run`; those are not prefixes of the match.
            const p = cross(run, c.prefix);
            prefix = cut(p ?? run, EXACT_LIMIT, false);
          }
          allExact = false;
          run = c.suffix;
        }
      }
      chosen = cheaper(chosen, req(run));
      if (allExact) return { exact: run, prefix: run, suffix: run, req: chosen };
      return { exact: null, prefix: prefix ?? NOTHING, suffix: run, req: chosen };
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
  const found = analyse(node).req.set;
  return found ? minimise(found.map(window)) : null;
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

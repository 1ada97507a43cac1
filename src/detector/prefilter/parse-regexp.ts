/**
 * The regular-expression parser of the prefilter's literal analysis: a pattern's source as a
 * syntax tree holding only what the analysis needs. Anything it does not understand
 * (backreferences, the `v` flag, Unicode mode with surrogates, Annex B oddities) is refused
 * (Unsupported), and the pattern then always runs: never wrong, only slower.
 *
 * Case: the scanner folds A–Z to a–z and so does the parser, which only ever widens the
 * condition. Under the `i` flag non-ASCII letters (and k/s under `iu`, which fold with the Kelvin
 * and long-s signs) are read as unknown characters.
 */

/** A regular-expression syntax tree: only what the literal analysis needs. */
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

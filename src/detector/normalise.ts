/**
 * Text normaliser (issue 3). Every rule pattern runs on the output of `normalise()`, never on
 * raw chat text, so this file is the contract rule writers rely on.
 *
 * OUTPUT CONTRACT
 *
 * The output is a single line of lower-case words separated by single spaces, with no leading
 * or trailing space. It contains only:
 *   - letters: a–z, plus letters of other scripts that are not lookalikes (lower case, without
 *     marks; e.g. Arabic or Korean text comes through letter by letter);
 *   - digits 0–9 (and other scripts' digits, untouched);
 *   - `?`, glued to the word before it and followed by a space: "alleen thuis?" — a run of
 *     question marks (also "?!?") becomes one `?`;
 *   - `'` only between two letters/digits: "what's", "i'm", "z'n", "foto's" (a leading or trailing
 *     apostrophe is dropped: "'t is" → "t is", "'k ben" → "k ben");
 *   - `/` only between two letters/digits: "y/o", "24/7", "m/v";
 *   - `@` only at the start of a handle ("@naam") or in an e-mail address ("jan@gmail com").
 * Every other character becomes a space, or disappears if it is invisible.
 *
 * What happens, in order of how a character is read:
 *  1. Unicode compatibility forms are folded and accents stripped: "ｆｏｔｏ", "𝐟𝐨𝐭𝐨", "Ⓕ" → f…;
 *     "é ë ï" → "e e i"; "ß æ œ ø ł" → "ss ae oe o l". Lower case throughout.
 *  2. Invisible characters vanish without leaving a space (zero-width space/joiners, word joiner,
 *     BOM, soft hyphen, bidi controls, variation selectors, Hangul fillers, control characters,
 *     combining marks): "fo\u200Bto" → "foto". Real whitespace of any kind is a space.
 *  3. Lookalike letters from Cyrillic, Greek, Armenian and "small capital" fancy fonts become the
 *     Latin letter they imitate ("ѕех" → "sex", "ρ" → "p", "ᴋɪᴋ" → "kik"). Only lookalikes are in
 *     CONFUSABLES below; other Cyrillic/Greek letters stay as they are.
 *  4. Leetspeak. A "word" here is a run of letters, digits, `@ $ ! ' /` (anything else ends it).
 *     Leet characters: 0→o 1→i 3→e 4→a 5→s 7→t @→a $→s !→i (2, 6, 8, 9 are never leet: "w8").
 *     a. A run of 1–3 leet characters with a letter right before AND right after it becomes
 *        letters: "s3nd p1c" → "send pic", "n00dz" → "noodz", "sh!t" → "shit", "n@ked" → "naked".
 *        A run containing any other character (2, 6, 8, 9, an e-mail @) is left alone: "gr8t".
 *     b. Only if (a) happened in the word, a single leet digit at the start or end of the word
 *        that touches a letter also becomes a letter: "f0t0" → "foto", "p1c5" → "pics". Without
 *        an inner leet character nothing at the edge changes: "4u", "m16", "14j", "mp3", "1ste".
 *     c. `$` touching a letter is always an s ("a$$" → "ass", "$ex" → "sex"); any other `$` is
 *        the word "dollar" ("$50" → "dollar 50"). `€` is always the word "euro".
 *     d. Digits not converted stay digits: "ik ben 14", "0612345678", "2 euro", "w8", "4u".
 *     Known price of the simple rule: a 4 between letters is always an a, so "cash4pics" →
 *     "cashapics" and "hot4u" → "hotau" (write `cash ?(?:4|a|for|voor) ?pics`).
 *  5. Spaced-out letters: 3 or more single letters in a row, separated every time by the same
 *     kind of separator — whitespace, or exactly one `.`, `-`, `_` or `*` — are joined:
 *     "f o t o" → "foto", "n.u.d.e.s" → "nudes", "s-e-x" → "sex", "i.p.v." → "ipv". Two single
 *     letters are never joined ("is u ok", "ik en u" stay). Digits are not letters here ("f 0 t 0"
 *     stays apart). Mixed separators ("f.o-t o") or ". " between letters are not joined.
 *  6. Stretched letters: 3 or more of the same letter collapse to 2 ("plsss" → "plss",
 *     "alleeeen" → "alleen", "fotooooo" → "fotoo", "heyyyy" → "heyy"), also after leet
 *     ("n000dz" → "noodz"). Digits are never collapsed ("1000"). A letter that carried an accent
 *     counts as different, so "ideeën" → "ideeen". Write `o+`, `s+`, `e+` where stretching is
 *     likely; never assume a triple letter survives.
 *  7. Emoji that stand for words become English words (see WORD_SYMBOLS): 📸 → "photo",
 *     🏠 → "home", 🤫 → "secret", 💰 → "money", 👻 → "snapchat", 🍆 → "dick", 🔞 → "nsfw", …
 *     All other emoji, skin tones, flags, ZWJ sequences and symbols become spaces.
 *  8. Other punctuation (. , : ; ! - _ * ( ) " and so on) becomes a space, so "12:30" → "12 30",
 *     "2,50" → "2 50", "e-mail" → "e mail", "www.snapchat.com" → "ww snapchat com".
 *
 * So, for rule writers: match words with `\b`, use single spaces, expect `?` glued to the word
 * before it, expect English words for emoji, expect no accents, no capitals and no triple
 * letters, and keep `4`, `2`, `u` spellings in patterns where chat uses digits for words.
 *
 * normalise() never throws and runs in time linear in the input: one pass over the characters,
 * plus one pass over each word; the only regular expressions are single character classes and
 * one bounded look-ahead for e-mail domains.
 */

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * Letters that look like Latin letters (mostly from Unicode confusables.txt), plus Latin letters
 * that have no decomposition to strip (ß, ø, ł…). Keys are looked up after NFKD, in their
 * original case, because Greek capitals and small letters imitate different Latin letters
 * (Η looks like h, η like n). Values are lower case.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', А: 'a', в: 'b', В: 'b', е: 'e', Е: 'e', і: 'i', І: 'i', ј: 'j', Ј: 'j', к: 'k',
  К: 'k', м: 'm', М: 'm', н: 'h', Н: 'h', о: 'o', О: 'o', р: 'p', Р: 'p', с: 'c', С: 'c',
  т: 't', Т: 't', у: 'y', У: 'y', х: 'x', Х: 'x', ѕ: 's', Ѕ: 's', ԁ: 'd', ԛ: 'q', Ԛ: 'q',
  ԝ: 'w', Ԝ: 'w', һ: 'h', Һ: 'h', ӏ: 'l', Ӏ: 'l', ү: 'y', Ү: 'y',
  // Greek
  α: 'a', Α: 'a', β: 'b', Β: 'b', γ: 'y', ε: 'e', Ε: 'e', Ζ: 'z', η: 'n', Η: 'h', ι: 'i',
  Ι: 'i', κ: 'k', Κ: 'k', μ: 'u', Μ: 'm', ν: 'v', Ν: 'n', ο: 'o', Ο: 'o', ρ: 'p', Ρ: 'p',
  τ: 't', Τ: 't', υ: 'u', Υ: 'y', χ: 'x', Χ: 'x', ω: 'w', ϳ: 'j',
  // Armenian
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g',
  // Latin lookalikes and "small capital" letters from fancy-font generators
  ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j', ƒ: 'f', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ғ: 'f',
  ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r',
  ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // Latin letters without a decomposition
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ł: 'l', Ł: 'l', ŧ: 't', Ŧ: 't', þ: 'th', Þ: 'th',
};

/** Emoji and symbols that stand for a word in chat. Each becomes that word, with spaces around. */
const WORD_SYMBOLS: Record<string, string> = {
  '📸': 'photo', '📷': 'photo', '🤳': 'photo',
  '📹': 'video', '🎥': 'video',
  '🏠': 'home', '🏡': 'home',
  '🤫': 'secret', '🤐': 'secret',
  '💰': 'money', '💵': 'money', '💶': 'money', '💷': 'money', '💸': 'money', '🤑': 'money',
  '🎁': 'gift',
  '📍': 'location', '🗺': 'location',
  '🍆': 'dick', '🍑': 'ass', '👙': 'bikini', '🩲': 'underwear', '🔞': 'nsfw',
  '👻': 'snapchat', '🚗': 'car', '🛏': 'bed',
  '🔑': 'password', '🔐': 'password',
  '😈': 'naughty',
  '€': 'euro',
};

/** Leet characters and the letter they stand for. 2, 6, 8 and 9 are deliberately absent. */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i',
};

/** Longest run of leet characters between two letters that is read as letters ("n000dz"). */
const MAX_INNER_LEET = 3;

function codePointTable(table: Record<string, string>): Map<number, string> {
  const map = new Map<number, string>();
  for (const [key, value] of Object.entries(table)) map.set(key.codePointAt(0)!, value);
  return map;
}

const CONFUSABLE_BY_CP = codePointTable(CONFUSABLES);
const WORD_BY_CP = codePointTable(WORD_SYMBOLS);

// ---------------------------------------------------------------------------------------------
// Character classes

// What an ASCII character does (indexed by char code).
const A_OTHER = 0; // punctuation and symbols: a space
const A_LOWER = 1;
const A_UPPER = 2;
const A_DIGIT = 3;
const A_AT = 4;
const A_DOLLAR = 5;
const A_BANG = 6;
const A_APOS = 7;
const A_SLASH = 8;
const A_QUESTION = 9;
const A_SPACE = 10;
const A_DOT = 11;
const A_DASH = 12;
const A_UNDERSCORE = 13;
const A_STAR = 14;
const A_IGNORE = 15; // control characters: vanish

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) ASCII[c] = A_LOWER;
  else if (c >= 65 && c <= 90) ASCII[c] = A_UPPER;
  else if (c >= 48 && c <= 57) ASCII[c] = A_DIGIT;
  else if ((c >= 9 && c <= 13) || c === 32) ASCII[c] = A_SPACE;
  else if (c < 32 || c === 127) ASCII[c] = A_IGNORE;
}
ASCII[64] = A_AT;
ASCII[36] = A_DOLLAR;
ASCII[33] = A_BANG;
ASCII[39] = A_APOS; // '
ASCII[96] = A_APOS; // `
ASCII[47] = A_SLASH;
ASCII[63] = A_QUESTION;
ASCII[46] = A_DOT;
ASCII[45] = A_DASH;
ASCII[95] = A_UNDERSCORE;
ASCII[42] = A_STAR;

// What a non-ASCII character is (cached per code point).
const C_OTHER = 0;
const C_MARK = 1;
const C_INVISIBLE = 2;
const C_SPACE = 3;
const C_APOS = 4;
const C_DASH = 5;
const C_DOT = 6;
const C_DIGIT = 7;
const C_DECOMPOSES = 8; // NFKD changes it: read its decomposition instead (DECOMPOSITION)

const RE_MARK = /^\p{M}$/u;
const RE_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]$/u;
const RE_SPACE = /^\s$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_NUMBER = /^\p{N}$/u;
// ´ is here because its NFKD is a space + combining accent, and it is typed as an apostrophe.
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x00b4, 0x02bc, 0x02bb, 0x02b9, 0x02ca, 0xff07]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
const DOTS = new Set([0x00b7, 0x2022, 0x2027, 0x2219, 0x30fb, 0xff0e]);

/**
 * Code point → its lower-case letter (a string) or its class (a number). NFKD is applied one
 * character at a time, which is equivalent here because marks are dropped anyway (only their
 * order differs between the two). Bounded in size.
 */
const nonAsciiCache = new Map<number, string | number>();
const decomposition = new Map<number, string>();
const NON_ASCII_CACHE_LIMIT = 4096;

function classifyNonAscii(cp: number, ch: string): string | number {
  const cached = nonAsciiCache.get(cp);
  if (cached !== undefined) return cached;
  let result: string | number;
  let decomposed = '';
  if (cp === 0x85) result = C_SPACE; // NEL is a line break, not an invisible control
  else if (APOSTROPHES.has(cp)) result = C_APOS;
  else if (DASHES.has(cp)) result = C_DASH;
  else if (DOTS.has(cp)) result = C_DOT;
  else if (RE_MARK.test(ch)) result = C_MARK;
  else if (RE_INVISIBLE.test(ch)) result = C_INVISIBLE;
  else if ((decomposed = ch.normalize('NFKD')) !== ch) result = C_DECOMPOSES;
  else if (RE_SPACE.test(ch)) result = C_SPACE;
  else if (RE_LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    result = CONFUSABLE_BY_CP.get(lower.codePointAt(0)!) ?? lower;
  } else if (RE_NUMBER.test(ch)) result = C_DIGIT;
  else result = C_OTHER;
  if (nonAsciiCache.size >= NON_ASCII_CACHE_LIMIT) {
    nonAsciiCache.clear();
    decomposition.clear();
  }
  nonAsciiCache.set(cp, result);
  if (result === C_DECOMPOSES) decomposition.set(cp, decomposed);
  return result;
}

// ---------------------------------------------------------------------------------------------
// State of one normalise() call. Module-level so that a call allocates almost nothing; reset on
// entry. normalise() is synchronous and never re-entered, so sharing it is safe.

// Kinds of the characters of the current word.
const K_LETTER = 1;
const K_DIGIT = 2;
const K_AT = 3;
const K_AT_EMAIL = 4;
const K_DOLLAR = 5;
const K_BANG = 6;
const K_APOS = 7;
const K_SLASH = 8;
const KIND = 15;
const F_MARKED = 16; // the letter carried an accent (breaks a stretch: "ideeën")

// What separated the previous piece from the next one.
const G_NONE = 0;
const G_SPACE = 1;
const G_DOT = 2;
const G_DASH = 3;
const G_UNDERSCORE = 4;
const G_STAR = 5;
const G_OTHER = 6;

/** The string being read (after NFKD) and the output so far. */
let src = '';
let out = '';
let lastWasQuestion = false;
/**
 * Output not yet copied into `out`: src[spanStart, spanEnd), plain words that were separated by
 * one space in the source and so are already in their final form. -1 when there is none.
 */
let spanStart = 0;
let spanEnd = -1;
/** Single letters waiting to see whether they spell something out ("f o t o"). */
const pending: string[] = [];
let pendingCount = 0;
let pendingGap = G_NONE;
/** Separator seen since the last piece. */
let gap = G_NONE;

/**
 * The current word. While `simple`, it is the plain slice src[wordStart, wordStart + wordLen)
 * of lower-case ASCII letters and digits with no stretch, and nothing is copied (the common
 * case). Anything else "materialises" it into wordChars/wordKinds, read by endWord().
 */
let wordLen = 0;
let wordGap = G_NONE;
let wordStart = 0;
let simple = false;
let simpleLetters = false;
let simpleDigits = false;
let simpleStretched = false;
let simpleUpper = false;
let wordHasSymbol = false;
const wordChars: string[] = [];
const wordKinds: number[] = [];
const edgeCandidates: number[] = [];
let edgeCount = 0;

const EMAIL_DOMAIN = /[a-z0-9-]{1,63}\.[a-z]{2}/iy;

function reset(): void {
  src = '';
  out = '';
  lastWasQuestion = false;
  spanEnd = -1;
  pendingCount = 0;
  pendingGap = G_NONE;
  gap = G_NONE;
  wordLen = 0;
  wordGap = G_NONE;
  simple = false;
}

function flushSpan(): void {
  if (spanEnd < 0) return;
  const text = src.slice(spanStart, spanEnd);
  out = out.length === 0 ? text : out + ' ' + text;
  spanEnd = -1;
}

function writeWord(word: string): void {
  flushSpan();
  out = out.length === 0 ? word : out + ' ' + word;
  lastWasQuestion = false;
}

function flushPending(): void {
  const n = pendingCount;
  if (n === 0) return;
  pendingCount = 0;
  if (n >= 3) {
    // Joined, with rule 6 applied across the letters ("h e e e y" → "heey").
    let joined = '';
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && pending[i] === pending[i - 1]) {
        if (++count > 2) continue;
      } else {
        count = 1;
      }
      joined += pending[i];
    }
    writeWord(joined);
  } else {
    for (let i = 0; i < n; i++) writeWord(pending[i]);
  }
}

function isJoinable(g: number): boolean {
  return g >= G_SPACE && g <= G_STAR;
}

/** Rule 5 lives here: single letters wait in `pending` while the separators stay the same. */
function emitPiece(piece: string, gapBefore: number, singleLetter: boolean): void {
  if (singleLetter) {
    if (pendingCount > 0 && isJoinable(gapBefore) && (pendingCount === 1 || gapBefore === pendingGap)) {
      pendingGap = gapBefore;
      pending[pendingCount++] = piece;
      return;
    }
    flushPending();
    pending[pendingCount++] = piece;
    return;
  }
  flushPending();
  writeWord(piece);
}

function emitQuestion(): void {
  flushPending();
  flushSpan();
  if (!lastWasQuestion) {
    out += '?';
    lastWasQuestion = true;
  }
}

function addGap(g: number): void {
  if (wordLen > 0) endWord();
  if (gap === G_NONE) gap = g;
  else if (!(gap === G_SPACE && g === G_SPACE)) gap = G_OTHER;
}

function startWord(): void {
  wordGap = gap;
  gap = G_NONE;
  wordHasSymbol = false;
}

/**
 * src[from, to) is a run of lower-case ASCII letters and digits (found by the main loop). A new
 * word made of it stays on the fast path; a word already under way takes it character by
 * character.
 */
function pushSlice(
  from: number,
  to: number,
  letters: boolean,
  digits: boolean,
  upper: boolean,
  stretched: boolean,
): void {
  if (wordLen === 0) {
    startWord();
    wordStart = from;
    wordLen = to - from;
    simple = true;
    simpleLetters = letters;
    simpleDigits = digits;
    simpleUpper = upper;
    simpleStretched = stretched;
    return;
  }
  materialise();
  for (let k = from; k < to; k++) pushPlainChar(src.charCodeAt(k));
}

/** An ASCII letter (either case) or digit, by char code, onto a materialised word. */
function pushPlainChar(code: number): void {
  if (code >= 97) pushChar(String.fromCharCode(code), K_LETTER);
  else if (code >= 65) pushChar(String.fromCharCode(code + 32), K_LETTER);
  else pushChar(String.fromCharCode(code), K_DIGIT);
}

function materialise(): void {
  if (!simple) return;
  simple = false;
  for (let k = 0; k < wordLen; k++) {
    const code = src.charCodeAt(wordStart + k);
    if (code >= 65) {
      wordChars[k] = String.fromCharCode(code | 0x20);
      wordKinds[k] = K_LETTER;
    } else {
      wordChars[k] = String.fromCharCode(code);
      wordKinds[k] = K_DIGIT;
    }
  }
  if (simpleDigits) wordHasSymbol = true;
}

function pushChar(ch: string, kind: number): void {
  if (wordLen === 0) {
    startWord();
    simple = false;
  } else if (simple) {
    materialise();
  }
  if (kind !== K_LETTER && kind !== K_APOS && kind !== K_SLASH) wordHasSymbol = true;
  wordChars[wordLen] = ch;
  wordKinds[wordLen] = kind;
  wordLen++;
}

/** Something invisible was skipped: the word is no longer one slice of the source. */
function breakSlice(): void {
  if (simple && wordLen > 0) materialise();
}

function markLastLetter(): void {
  if (wordLen === 0) return;
  materialise();
  if ((wordKinds[wordLen - 1] & KIND) === K_LETTER) wordKinds[wordLen - 1] |= F_MARKED;
}

function isSymbolKind(kind: number): boolean {
  return kind === K_DIGIT || kind === K_AT || kind === K_AT_EMAIL || kind === K_DOLLAR || kind === K_BANG;
}

function isAlnumAt(i: number, n: number): boolean {
  if (i < 0 || i >= n) return false;
  const kind = wordKinds[i] & KIND;
  return kind === K_LETTER || kind === K_DIGIT;
}

function toLetters(from: number, to: number): void {
  for (let x = from; x < to; x++) {
    wordChars[x] = LEET[wordChars[x]];
    wordKinds[x] = K_LETTER;
  }
}

/** Rule 4: leet inside the current word. Runs of symbols never overlap, so this is linear. */
function resolveLeet(n: number): void {
  let hasInner = false;
  edgeCount = 0;
  let i = 0;
  while (i < n) {
    if (!isSymbolKind(wordKinds[i] & KIND)) {
      i++;
      continue;
    }
    let j = i;
    let allLeet = true;
    let allDollar = true;
    while (j < n) {
      const kind = wordKinds[j] & KIND;
      if (!isSymbolKind(kind)) break;
      if (kind === K_AT_EMAIL || LEET[wordChars[j]] === undefined) allLeet = false;
      if (kind !== K_DOLLAR) allDollar = false;
      j++;
    }
    const letterBefore = i > 0 && (wordKinds[i - 1] & KIND) === K_LETTER;
    const letterAfter = j < n && (wordKinds[j] & KIND) === K_LETTER;
    if (letterBefore && letterAfter && allLeet && j - i <= MAX_INNER_LEET) {
      toLetters(i, j);
      hasInner = true;
    } else if ((letterBefore || letterAfter) && allDollar) {
      toLetters(i, j);
    } else if (j - i === 1 && letterBefore !== letterAfter && (wordKinds[i] & KIND) === K_DIGIT && allLeet) {
      edgeCandidates[edgeCount++] = i;
    }
    i = j;
  }
  if (hasInner) for (let e = 0; e < edgeCount; e++) toLetters(edgeCandidates[e], edgeCandidates[e] + 1);
}

// The piece being built by endWord().
let piece = '';
let pieceChars = 0;
let pieceLetters = 0;
let pieceGap = G_NONE;

function flushPiece(): void {
  if (pieceChars > 0) emitPiece(piece, pieceGap, pieceChars === 1 && pieceLetters === 1);
  piece = '';
  pieceChars = 0;
  pieceLetters = 0;
  pieceGap = G_OTHER;
}

/** Ends the current word: leet, then splits it into pieces and collapses stretched letters. */
function endWord(): void {
  const n = wordLen;
  wordLen = 0;
  if (simple) {
    if (!simpleStretched && !(simpleLetters && simpleDigits)) {
      simple = false;
      if (simpleUpper) {
        const lower = src.slice(wordStart, wordStart + n).toLowerCase();
        emitPiece(lower, wordGap, n === 1 && simpleLetters);
      } else if (n === 1 && simpleLetters) {
        emitPiece(src[wordStart], wordGap, true);
      } else if (spanEnd === wordStart - 1 && wordGap === G_SPACE && src.charCodeAt(spanEnd) === 32) {
        // One plain space after the open span: the output is the source itself.
        spanEnd = wordStart + n;
      } else {
        flushPending();
        flushSpan();
        spanStart = wordStart;
        spanEnd = wordStart + n;
        lastWasQuestion = false;
      }
      return;
    }
    // Stretched, or letters and digits together (maybe leet): take the full path.
    wordLen = n;
    materialise();
    wordLen = 0;
  }
  if (wordHasSymbol) resolveLeet(n);

  piece = '';
  pieceChars = 0;
  pieceLetters = 0;
  pieceGap = wordGap;
  let last = '';
  let lastMarked = false;
  let repeats = 0;

  for (let i = 0; i < n; i++) {
    const raw = wordKinds[i];
    const kind = raw & KIND;
    const ch = wordChars[i];
    if (kind === K_LETTER) {
      const marked = (raw & F_MARKED) !== 0;
      if (ch === last && !marked && !lastMarked) {
        if (++repeats > 2) continue;
      } else {
        last = ch;
        lastMarked = marked;
        repeats = 1;
      }
      piece += ch;
      pieceChars++;
      pieceLetters++;
      continue;
    }
    last = '';
    repeats = 0;
    if (kind === K_DIGIT) {
      piece += ch;
      pieceChars++;
      continue;
    }
    const alnumBefore = isAlnumAt(i - 1, n);
    const alnumAfter = isAlnumAt(i + 1, n);
    if (kind === K_APOS || kind === K_SLASH) {
      if (alnumBefore && alnumAfter) {
        piece += ch;
        pieceChars++;
        continue;
      }
    } else if (kind === K_AT || kind === K_AT_EMAIL) {
      // "@naam" (a handle) or "jan@gmail.com"; "n@ked" was made a letter by resolveLeet.
      if (alnumAfter && (!alnumBefore || kind === K_AT_EMAIL)) {
        if (!alnumBefore) flushPiece();
        piece += '@';
        pieceChars++;
        continue;
      }
    } else if (kind === K_DOLLAR) {
      flushPiece();
      emitPiece('dollar', pieceGap, false);
      pieceGap = G_OTHER;
      continue;
    }
    // Anything else is a separator inside the word ("hoi!daar", "'t").
    flushPiece();
  }
  flushPiece();
  piece = '';
}

// ---------------------------------------------------------------------------------------------

/**
 * The canonical form of a chat message that rule patterns run on (see the contract above).
 * Never throws; linear in the length of `text`.
 */
export function normalise(text: string): string {
  if (typeof text !== 'string') return '';
  try {
    return normaliseUnsafe(text);
  } catch {
    // Not expected; a detector error must never break the page. Keep a plain, safe form.
    reset();
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

function normaliseUnsafe(text: string): string {
  reset();
  const s = text;
  src = s;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const action = ASCII[c];
      if (action === A_LOWER || action === A_DIGIT || action === A_UPPER) {
        // The common case: scan the whole run of plain letters and digits here.
        let j = i + 1;
        let letters = action !== A_DIGIT;
        let digits = !letters;
        let upper = action === A_UPPER;
        let stretched = false;
        let prev = letters ? c | 0x20 : 0;
        let repeats = 1;
        while (j < len) {
          const d = s.charCodeAt(j);
          const low = d | 0x20;
          if (low >= 97 && low <= 122) {
            if (d < 97) upper = true;
            if (low === prev) {
              if (++repeats > 2) stretched = true;
            } else {
              prev = low;
              repeats = 1;
            }
            letters = true;
          } else if (d >= 48 && d <= 57) {
            digits = true;
            prev = 0;
          } else {
            break;
          }
          j++;
        }
        pushSlice(i, j, letters, digits, upper, stretched);
        i = j - 1;
      } else {
        asciiOther(action, i);
      }
      continue;
    }

    // Non-ASCII: read a whole code point (a lone surrogate is read on its own).
    let cp = c;
    let ch: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        ch = s.slice(i, i + 2);
        i++;
      } else {
        ch = s[i];
      }
    } else {
      ch = s[i];
    }
    nonAscii(cp, ch, true);
  }
  if (wordLen > 0) endWord();
  flushPending();
  flushSpan();
  const result = out;
  out = '';
  src = '';
  return result;
}

/** An ASCII character other than a letter or digit; `at` is its index in src, or -1. */
function asciiOther(action: number, at: number): void {
  switch (action) {
    case A_SPACE:
      addGap(G_SPACE);
      break;
    case A_QUESTION:
      if (wordLen > 0) endWord();
      emitQuestion();
      gap = G_OTHER;
      break;
    case A_AT:
      EMAIL_DOMAIN.lastIndex = at + 1;
      pushChar('@', at >= 0 && wordLen > 0 && EMAIL_DOMAIN.test(src) ? K_AT_EMAIL : K_AT);
      break;
    case A_DOLLAR:
      pushChar('$', K_DOLLAR);
      break;
    case A_BANG:
      pushChar('!', K_BANG);
      break;
    case A_APOS:
      pushChar("'", K_APOS);
      break;
    case A_SLASH:
      pushChar('/', K_SLASH);
      break;
    case A_DOT:
      addGap(G_DOT);
      break;
    case A_DASH:
      addGap(G_DASH);
      break;
    case A_UNDERSCORE:
      addGap(G_UNDERSCORE);
      break;
    case A_STAR:
      addGap(G_STAR);
      break;
    case A_IGNORE:
      breakSlice();
      break;
    default:
      addGap(G_OTHER);
  }
}

/** One non-ASCII code point. `mayDecompose` is false for the pieces of a decomposition. */
function nonAscii(cp: number, ch: string, mayDecompose: boolean): void {
  if (cp >= 0xd800 && cp <= 0xdfff) {
    addGap(G_OTHER); // a lone surrogate
    return;
  }
  if (cp >= 0x300 && cp <= 0x36f) {
    markLastLetter();
    return;
  }
  const lookalike = CONFUSABLE_BY_CP.get(cp);
  if (lookalike !== undefined) {
    pushChar(lookalike, K_LETTER);
    return;
  }
  const word = WORD_BY_CP.get(cp);
  if (word !== undefined) {
    if (wordLen > 0) endWord();
    emitPiece(word, gap, false);
    gap = G_NONE;
    return;
  }
  const cls = classifyNonAscii(cp, ch);
  if (typeof cls === 'string') {
    pushChar(cls, K_LETTER);
    return;
  }
  switch (cls) {
    case C_MARK:
      markLastLetter();
      break;
    case C_INVISIBLE:
      breakSlice();
      break;
    case C_SPACE:
      addGap(G_SPACE);
      break;
    case C_APOS:
      pushChar("'", K_APOS);
      break;
    case C_DASH:
      addGap(G_DASH);
      break;
    case C_DOT:
      addGap(G_DOT);
      break;
    case C_DIGIT:
      pushChar(ch, K_DIGIT);
      break;
    case C_DECOMPOSES: {
      const parts = decomposition.get(cp);
      if (parts === undefined || !mayDecompose) {
        addGap(G_OTHER);
        break;
      }
      breakSlice();
      for (const part of parts) {
        const pc = part.codePointAt(0)!;
        if (pc < 128) {
          const action = ASCII[pc];
          if (action === A_LOWER) pushChar(part, K_LETTER);
          else if (action === A_UPPER) pushChar(String.fromCharCode(pc + 32), K_LETTER);
          else if (action === A_DIGIT) pushChar(part, K_DIGIT);
          else asciiOther(action, -1);
        } else {
          nonAscii(pc, part, false);
        }
      }
      break;
    }
    default:
      addGap(G_OTHER);
  }
}

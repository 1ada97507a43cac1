/**
 * Text normaliser (issue 3). Every rule pattern runs on the output of `normalise()`, never on
 * the raw chat text, so this comment is the contract rule writers rely on.
 *
 * OUTPUT CONTRACT
 *
 * One line of lower-case words separated by single spaces, no leading or trailing space. It
 * contains only:
 *   - letters: a–z, plus letters of other scripts that are not lookalikes (lower case, marks
 *     removed; e.g. Arabic or Japanese text comes through letter by letter);
 *   - digits 0–9 (other scripts' digits are left as they are);
 *   - `?`, glued to the word before it and followed by a space ("alleen thuis?", "ja? oke");
 *     a run of question marks, also mixed with other punctuation ("??", "?!?"), is one `?`;
 *   - `'` only between two letters/digits: "what's", "i'm", "z'n", "foto's". A leading or
 *     trailing apostrophe goes: "'t is" → "t is", "'k zei" → "k zei" → (rule 9) "ik zei".
 *     ’ ‘ ` ´ count as '.
 *   - `/` only between two letters/digits: "y/o", "24/7", "m/v", "a/s/l";
 *   - `@` only at the start of a handle: "@naam". (In "jan@gmail.com" it is a space.)
 * Everything else becomes a space, or disappears if it is invisible.
 *
 * The steps, in the order they apply to a character:
 *  1. Unicode: each character is NFKD-decomposed and its marks dropped, so compatibility forms
 *     and accents fold away: "ｆｏｔｏ", "𝐟𝐨𝐭𝐨", "Ⓕⓞⓣⓞ" → "foto"; "é ë ï" → "e e i";
 *     "ß æ œ ø ł" → "ss ae oe o l" (table). Then lower case.
 *  2. Invisible characters vanish without leaving a space: zero-width space/joiners, LRM/RLM,
 *     word joiner, BOM, soft hyphen, bidi controls, variation selectors, Hangul fillers,
 *     control characters and combining marks ("fo\u200Bto", "Z̸a̵l̴g̷o̶" → "foto", "zalgo").
 *     Whitespace of every kind (tabs, newlines, no-break and ideographic spaces) is a space.
 *  3. Lookalikes from Cyrillic, Greek, Armenian and "small capital" fancy fonts become the Latin
 *     letter they imitate: "ѕех" → "sex", "ΚΙΚ" → "kik", "ꜱᴇɴᴅ" → "send" (CONFUSABLES below;
 *     other Cyrillic/Greek letters stay, so Russian or Greek text comes out half-Latin).
 *  4. Leetspeak, inside a "word" = a run of letters, digits and `@ $ ! ' /`.
 *     Leet characters: 0→o 1→i 3→e 4→a 5→s 7→t @→a $→s !→i. 2, 6, 8 and 9 never are ("w8").
 *     a. A run of 1–3 leet characters with a letter right before AND right after becomes
 *        letters: "s3nd p1c" → "send pic", "n00dz" → "noodz", "sh!t" → "shit", "n@ked" →
 *        "naked", "ca$h" → "cash". A run holding anything else ("gr8t") is left alone.
 *     b. Only when (a) happened in the word, one leet digit at the start or end of the word
 *        touching a letter becomes a letter too: "f0t0" → "foto", "p1c5" → "pics". Otherwise
 *        edges stay digits: "4u", "m16", "14j", "mp3", "1ste", "3x", "1nst4" — with one
 *        exception: a single 0 ending a word after two letters is an o ("wh0", "hall0"; but
 *        "a0", "top10" stay).
 *     c. `$` touching a letter is an s ("a$$" → "ass", "$ex" → "sex"); any other run of `$` is
 *        the word "dollar" ("$50" → "dollar 50", "$$$" → "dollar"). `€` is always the word
 *        "euro" ("€50" → "euro 50", "€€€" → "euro").
 *     d. Numbers stay numbers: "ik ben 14", "0612345678", "2 euro", "w8", "4u", "b4".
 *     The price of a simple rule: a 4 between letters is an a ("cash4pics" → "cashapics",
 *     "hot4u" → "hotau"), and so is a ! between letters ("hoi!daar" → "hoiidaar"). Patterns for
 *     "4" = "for" should allow `(?:4|a|for|voor)`.
 *  5. Spaced-out letters: 3 or more single letters in a row, separated each time by the same
 *     separator — whitespace, or exactly one `.`, `-`, `_` or `*` — are joined: "f o t o" →
 *     "foto", "n.u.d.e.s" → "nudes", "s-e-x" → "sex", "i.p.v." → "ipv", "x x x" → "xx". Two
 *     single letters are never joined ("is u ok", "ik en u" stay); nor are digits ("f 0 t 0"),
 *     mixed separators ("f.o-t-o") or ". " between letters.
 *  6. Stretched letters: 3 or more of the same letter become 2: "plsss" → "plss", "alleeeen" →
 *     "alleen", "fotooooo" → "fotoo", "heyyyy" → "heyy", also after leet ("n000dz" → "noodz").
 *     Digits never collapse ("1000"). Accents are gone by then, so "ideeën" → "ideen". Write
 *     `o+`, `s+`, `e+` where chat stretches; no output ever has a tripled letter.
 *  7. Emoji that stand for words become English words (WORD_SYMBOLS): 📸📷🤳 → "photo",
 *     📹🎥 → "video", 🏠🏡 → "home", 🤫🤐 → "secret", 💰💵💶💷💸🤑 → "money", 🎁 → "gift",
 *     📍🗺 → "location", 🍆 → "dick", 🍑 → "ass", 👙 → "bikini", 🩲 → "underwear", 🔞 → "nsfw",
 *     👻 → "snapchat", 🚗 → "car", 🛏 → "bed", 🔑🔐 → "password", 😈 → "naughty", 😏 → "smirk",
 *     😉😜 → "wink", 😇 → "halo". Each emoji is
 *     its own word ("📸📸" → "photo photo"). Other emoji, skin tones, flags, ZWJ sequences and
 *     symbols become spaces.
 *  8. Other punctuation (. , : ; ! - _ * ( ) " # % & + = < > [ ] and so on) is a space: "12:30" →
 *     "12 30", "2,50" → "2 50", "e-mail" → "e mail", "www.snapchat.com" → "ww snapchat com".
 *  9. Word level, on the result: the Dutch subject clitic "k" before a verb is "ik". A lone "k"
 *     ("'k ben", "k heb", "K ga"), "k'" glued ("k'zal") or a bare "k" glued ("kben", "kheb",
 *     "kzal", "kwil", "kga", "kmoet", "kweet", "kzit", "kvind", "kdenk", "kmis", "kkom",
 *     "kstuur", "kbn", "kwl", "kzen"…) becomes "ik " + the verb: "kben alleen" → "ik ben alleen".
 *     Only before a verb of a closed list (CLITIC_VERBS: about 170 first-person forms and the chat
 *     spellings bn, hb, wl, kn, zl), and only when the verb is the whole rest of the word: "kan",
 *     "kom", "kamer", "kijk", "kus", "knap", "kind", "kbenne" stay. Glued forms that are words
 *     ("klik", "klok", "keet", "kraak", "kwijt", "kwis") stay; so does a lone "k" (= "ok") before
 *     English verbs ("k send it", "k let me check"). Write "ik " in Dutch patterns, never
 *     `(?:ik |k'? ?)`.
 *
 * For rule writers, in short: match whole words with `\b` and single spaces; expect `?` glued to
 * the word before it; expect English words for emoji; never expect capitals, accents, tripled
 * letters or punctuation other than ? ' / @; keep digit spellings ("4u", "2", "w8") in patterns;
 * expect "ik" for the clitic k before a verb.
 * Normalising normalised text changes nothing (except single letters split by mixed separators).
 *
 * Never throws, and runs in time linear in the input: one pass over the characters plus one
 * over each word, with bounded look-aheads (e-mail domains; the verb after a "k"). A plain lower-case message is
 * returned as (slices of) the input without copying character by character.
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

/**
 * Faces that carry innuendo in a message that leaves the move unsaid ("wat doe je zaterdag? niks?
 * nu wel 😏"). No rule needs their words, but the learned model reads them.
 */
const FACES: Record<string, string> = { '😏': 'smirk', '😉': 'wink', '😜': 'wink', '😇': 'halo' };

/**
 * The words FACES become, as an alternation ("smirk|wink|halo"): the rules count them as asides,
 * like a laugh (en LAUGH, nl tagged()), so a short request with a 😏 added is the same request.
 */
export const FACE_WORDS = [...new Set(Object.values(FACES))].join('|');

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
  ...FACES,
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
ASCII[0x40] = A_AT;
ASCII[0x24] = A_DOLLAR;
ASCII[0x21] = A_BANG;
ASCII[0x27] = A_APOS; // '
ASCII[0x60] = A_APOS; // `
ASCII[0x2f] = A_SLASH;
ASCII[0x3f] = A_QUESTION;
ASCII[0x2e] = A_DOT;
ASCII[0x2d] = A_DASH;
ASCII[0x5f] = A_UNDERSCORE;
ASCII[0x2a] = A_STAR;

/** Leet character code → letter code, or 0. */
const LEET_CODE = new Uint8Array(128);
for (const [key, value] of Object.entries(LEET)) LEET_CODE[key.charCodeAt(0)] = value.charCodeAt(0);

// What a non-ASCII character is.
const C_OTHER = 0; // symbol, punctuation, emoji: a space
const C_MARK = 1;
const C_INVISIBLE = 2;
const C_SPACE = 3;
const C_APOS = 4;
const C_DASH = 5;
const C_DOT = 6;
const C_DIGIT = 7;
const C_LETTER = 8;
const C_DECOMPOSES = 9; // NFKD changes it: read its decomposition instead

const RE_MARK = /^\p{M}$/u;
const RE_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]$/u;
const RE_SPACE = /^\s$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_NUMBER = /^\p{N}$/u;
// ´ is here because its NFKD is a space + combining accent, and chat uses it as an apostrophe.
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x00b4, 0x02bc, 0x02bb, 0x02b9, 0x02ca, 0xff07]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
const DOTS = new Set([0x00b7, 0x2022, 0x2027, 0x2219, 0x30fb, 0xff0e]);

function computeClass(cp: number, ch: string): number {
  if (cp === 0x85) return C_SPACE; // NEL is a line break, not an invisible control
  if (APOSTROPHES.has(cp)) return C_APOS;
  if (DASHES.has(cp)) return C_DASH;
  if (DOTS.has(cp)) return C_DOT;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_INVISIBLE.test(ch)) return C_INVISIBLE;
  if (ch.normalize('NFKD') !== ch) return C_DECOMPOSES;
  if (RE_SPACE.test(ch)) return C_SPACE;
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_NUMBER.test(ch)) return C_DIGIT;
  return C_OTHER;
}

// Caches. NFKD is applied one character at a time, which is equivalent here because marks are
// dropped anyway (only their order differs). The maps stop growing when full, never clear.
const bmpClass = new Uint8Array(0x10000); // class + 1; 0 = not known yet
const astralClass = new Map<number, number>();
const letterOf = new Map<number, string>();
const decompositionOf = new Map<number, string>();
const CACHE_LIMIT = 8192;

function classOf(cp: number, ch: string): number {
  if (cp < 0x10000) {
    const known = bmpClass[cp];
    if (known !== 0) return known - 1;
    const cls = computeClass(cp, ch);
    bmpClass[cp] = cls + 1;
    return cls;
  }
  let cls = astralClass.get(cp);
  if (cls === undefined) {
    cls = computeClass(cp, ch);
    if (astralClass.size < CACHE_LIMIT) astralClass.set(cp, cls);
  }
  return cls;
}

/** A letter in lower case, through the lookalike table once more (Ɑ → ɑ → a). */
function lowerLetter(cp: number, ch: string): string {
  let letter = letterOf.get(cp);
  if (letter === undefined) {
    const lower = ch.toLowerCase();
    letter = CONFUSABLE_BY_CP.get(lower.codePointAt(0)!) ?? lower;
    if (letterOf.size < CACHE_LIMIT) letterOf.set(cp, letter);
  }
  return letter;
}

function decompose(cp: number, ch: string): string {
  let parts = decompositionOf.get(cp);
  if (parts === undefined) {
    parts = ch.normalize('NFKD');
    if (decompositionOf.size < CACHE_LIMIT) decompositionOf.set(cp, parts);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// State of one normalise() call. Module-level so that a call allocates almost nothing; reset on
// entry. normalise() is synchronous and never re-entered, so sharing it is safe.

// Kinds of the code units of the current word.
const K_LETTER = 1;
const K_DIGIT = 2;
const K_AT = 3;
const K_AT_EMAIL = 4;
const K_DOLLAR = 5;
const K_BANG = 6;
const K_APOS = 7;
const K_SLASH = 8;

// What separated the previous piece from the next one.
const G_NONE = 0;
const G_SPACE = 1;
const G_DOT = 2;
const G_DASH = 3;
const G_UNDERSCORE = 4;
const G_STAR = 5;
const G_OTHER = 6;

/** The text being read, and the output so far: words, joined by single spaces at the end. */
let src = '';
const outWords: string[] = [];
let outCount = 0;
let lastWasQuestion = false;
/**
 * Output not yet copied into `outWords`: src[spanStart, spanEnd), plain words that were separated
 * by one space in the source and so are already in their final form. -1 when there is none.
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
 * The current word. While `simple`, it is the slice src[wordStart, wordStart + wordLen) of ASCII
 * letters and digits, and nothing is copied (the common case). Anything else "materialises" it
 * into wordCodes/wordKinds (UTF-16 code units), which endWord() reads.
 */
let wordLen = 0;
let wordGap = G_NONE;
let wordStart = 0;
let simple = false;
let simpleLetters = false;
let simpleDigits = false;
let simpleUpper = false;
let simpleStretched = false;
let wordHasSymbol = false;
const SMALL_CAPACITY = 256;
let capacity = SMALL_CAPACITY;
let wordCodes = new Uint16Array(capacity);
let wordKinds = new Uint8Array(capacity);
let pieceCodes = new Uint16Array(capacity);
let edgeCandidates = new Uint32Array(capacity);
let edgeCount = 0;

const EMAIL_DOMAIN = /[a-z0-9-]{1,63}\.[a-z]{2}/iy;

function reset(): void {
  src = '';
  outCount = 0;
  lastWasQuestion = false;
  spanEnd = -1;
  pendingCount = 0;
  pendingGap = G_NONE;
  gap = G_NONE;
  wordLen = 0;
  wordGap = G_NONE;
  simple = false;
  if (capacity > 4 * SMALL_CAPACITY) allocate(SMALL_CAPACITY); // give back memory after a huge input
}

function allocate(size: number): void {
  const codes = new Uint16Array(size);
  const kinds = new Uint8Array(size);
  codes.set(wordCodes.subarray(0, Math.min(wordLen, size)));
  kinds.set(wordKinds.subarray(0, Math.min(wordLen, size)));
  wordCodes = codes;
  wordKinds = kinds;
  pieceCodes = new Uint16Array(size);
  edgeCandidates = new Uint32Array(size);
  capacity = size;
}

function codesToString(codes: Uint16Array, length: number): string {
  if (length <= 16) {
    let text = '';
    for (let k = 0; k < length; k++) text += String.fromCharCode(codes[k]);
    return text;
  }
  let text = '';
  for (let k = 0; k < length; k += 4096) {
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + 4096)) as unknown as number[]);
  }
  return text;
}

function flushSpan(): void {
  if (spanEnd < 0) return;
  outWords[outCount++] = src.slice(spanStart, spanEnd);
  spanEnd = -1;
}

function writeWord(word: string): void {
  flushSpan();
  outWords[outCount++] = word;
  lastWasQuestion = false;
}

function output(): string {
  const n = outCount;
  if (n === 0) return '';
  if (n === 1) return outWords[0];
  if (n === 2) return outWords[0] + ' ' + outWords[1];
  return outWords.slice(0, n).join(' ');
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
    // Glued to the word before it; a "?" at the very start is a word of its own.
    if (outCount === 0) outWords[outCount++] = '?';
    else outWords[outCount - 1] += '?';
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
 * src[from, to) is a run of ASCII letters and digits found by the main loop. A new word made of
 * it stays on the fast path; a word already under way takes it code by code.
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
  for (let k = from; k < to; k++) {
    const code = src.charCodeAt(k);
    if (code >= 65) pushCode(code | 0x20, K_LETTER);
    else pushCode(code, K_DIGIT);
  }
}

function materialise(): void {
  if (!simple) return;
  simple = false;
  if (wordLen > capacity) allocate(Math.max(wordLen, capacity * 2));
  for (let k = 0; k < wordLen; k++) {
    const code = src.charCodeAt(wordStart + k);
    if (code >= 65) {
      wordCodes[k] = code | 0x20;
      wordKinds[k] = K_LETTER;
    } else {
      wordCodes[k] = code;
      wordKinds[k] = K_DIGIT;
    }
  }
  if (simpleDigits) wordHasSymbol = true;
}

function pushCode(code: number, kind: number): void {
  if (wordLen === 0) {
    startWord();
    simple = false;
  } else if (simple) {
    materialise();
  }
  if (wordLen >= capacity) allocate(capacity * 2);
  if (kind !== K_LETTER && kind !== K_APOS && kind !== K_SLASH) wordHasSymbol = true;
  wordCodes[wordLen] = code;
  wordKinds[wordLen] = kind;
  wordLen++;
}

/** A letter given as a string (from a table or another script): one code unit at a time. */
function pushLetter(letter: string): void {
  for (let k = 0; k < letter.length; k++) pushCode(letter.charCodeAt(k), K_LETTER);
}

/** Something invisible was skipped: the word is no longer one slice of the source. */
function breakSlice(): void {
  if (wordLen > 0) materialise();
}

function isSymbolKind(kind: number): boolean {
  return kind === K_DIGIT || kind === K_AT || kind === K_AT_EMAIL || kind === K_DOLLAR || kind === K_BANG;
}

function isAlnumAt(i: number, n: number): boolean {
  if (i < 0 || i >= n) return false;
  const kind = wordKinds[i];
  return kind === K_LETTER || kind === K_DIGIT;
}

function toLetters(from: number, to: number): void {
  for (let x = from; x < to; x++) {
    wordCodes[x] = LEET_CODE[wordCodes[x]];
    wordKinds[x] = K_LETTER;
  }
}

/** Rule 4: leet inside the current word. Runs of symbols never overlap, so this is linear. */
function resolveLeet(n: number): void {
  let hasInner = false;
  edgeCount = 0;
  let i = 0;
  while (i < n) {
    if (!isSymbolKind(wordKinds[i])) {
      i++;
      continue;
    }
    let j = i;
    let allLeet = true;
    let allDollar = true;
    while (j < n) {
      const kind = wordKinds[j];
      if (!isSymbolKind(kind)) break;
      const code = wordCodes[j];
      if (kind === K_AT_EMAIL || code >= 128 || LEET_CODE[code] === 0) allLeet = false;
      if (kind !== K_DOLLAR) allDollar = false;
      j++;
    }
    const letterBefore = i > 0 && wordKinds[i - 1] === K_LETTER;
    const letterAfter = j < n && wordKinds[j] === K_LETTER;
    if (letterBefore && letterAfter && allLeet && j - i <= MAX_INNER_LEET) {
      toLetters(i, j);
      hasInner = true;
    } else if ((letterBefore || letterAfter) && allDollar) {
      toLetters(i, j);
    } else if (j - i === 1 && letterBefore !== letterAfter && wordKinds[i] === K_DIGIT && allLeet) {
      if (j === n && wordCodes[i] === 0x30 && i >= 2 && wordKinds[i - 2] === K_LETTER) {
        toLetters(i, j); // "wh0", "hall0": a word does not end in letter-letter-0 as a number
      } else {
        edgeCandidates[edgeCount++] = i;
      }
    }
    i = j;
  }
  if (hasInner) for (let e = 0; e < edgeCount; e++) toLetters(edgeCandidates[e], edgeCandidates[e] + 1);
}

// The piece being built by endWord().
let pieceLen = 0;
let pieceLetters = 0;
let pieceGap = G_NONE;

function flushPiece(): void {
  if (pieceLen > 0) emitPiece(codesToString(pieceCodes, pieceLen), pieceGap, pieceLen === 1 && pieceLetters === 1);
  pieceLen = 0;
  pieceLetters = 0;
  pieceGap = G_OTHER;
}

/** Ends the current word: leet, then splits it into pieces and collapses stretched letters. */
function endWord(): void {
  const n = wordLen;
  if (simple) {
    if (!simpleStretched && !(simpleLetters && simpleDigits)) {
      simple = false;
      wordLen = 0;
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
    materialise();
  }
  wordLen = 0;
  if (wordHasSymbol) resolveLeet(n);

  pieceLen = 0;
  pieceLetters = 0;
  pieceGap = wordGap;
  let last = -1;
  let repeats = 0;

  for (let i = 0; i < n; i++) {
    const kind = wordKinds[i];
    const code = wordCodes[i];
    if (kind === K_LETTER) {
      if (code === last) {
        if (++repeats > 2) continue;
      } else {
        last = code;
        repeats = 1;
      }
      pieceCodes[pieceLen++] = code;
      pieceLetters++;
      continue;
    }
    last = -1;
    repeats = 0;
    if (kind === K_DIGIT) {
      pieceCodes[pieceLen++] = code;
      continue;
    }
    const alnumBefore = isAlnumAt(i - 1, n);
    const alnumAfter = isAlnumAt(i + 1, n);
    if (kind === K_APOS || kind === K_SLASH) {
      if (alnumBefore && alnumAfter) {
        pieceCodes[pieceLen++] = code;
        continue;
      }
    } else if (kind === K_AT) {
      // The start of a handle ("@naam"); "n@ked" was made a letter by resolveLeet, and the @ of
      // an e-mail address (K_AT_EMAIL) is a separator.
      if (alnumAfter && !alnumBefore) {
        flushPiece();
        pieceCodes[pieceLen++] = code;
        continue;
      }
    } else if (kind === K_DOLLAR) {
      flushPiece();
      if (i === 0 || wordKinds[i - 1] !== K_DOLLAR) emitPiece('dollar', pieceGap, false); // "$$$": once
      pieceGap = G_OTHER;
      continue;
    }
    // Anything else is a separator inside the word ("'t", "hoi!!").
    flushPiece();
  }
  flushPiece();
}

// ---------------------------------------------------------------------------------------------

/**
 * The canonical form of a chat message that rule patterns run on (see the contract above).
 * Never throws; linear in the length of `text`.
 */
export function normalise(text: string): string {
  if (typeof text !== 'string') return '';
  endsText = undefined;
  ends.count = 0;
  try {
    return plainForm(text);
  } catch {
    // Not expected; a detector error must never break the page. Keep a plain, safe form.
    reset();
    outWords.length = 0;
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

// ---------------------------------------------------------------------------------------------
// Rule 9: the Dutch subject clitic "k" ("'k ben", "k heb", "kben", "k'zal") before a verb is "ik".

/**
 * Verbs (first person, present or past, with the chat spellings "bn", "hb", "wl", "kn", "zl")
 * that a clitic "k" stands before. A closed list: "k" + anything else is left alone.
 */
const CLITIC_VERBS = [
  'ben', 'bn', 'zen', 'heb', 'hb', 'had', 'zal', 'zl', 'zou', 'wil', 'wl', 'wou', 'wilde', 'ga', 'ging',
  'moet', 'mot', 'moest', 'weet', 'wist', 'zit', 'zat', 'vind', 'vond', 'denk', 'dacht', 'peis', 'mis',
  'miss', 'kom', 'kwam', 'stuur', 'stuurde', 'kan', 'kn', 'kon', 'hoop', 'hoopte', 'snap', 'snapte',
  'begrijp', 'zie', 'zag', 'zeg', 'zei', 'mag', 'mocht', 'krijg', 'kreeg', 'geef', 'gaf', 'betaal',
  'betaalde', 'maak', 'maakte', 'hou', 'houd', 'laat', 'sta', 'stond', 'lig', 'lag', 'woon', 'ken',
  'praat', 'wacht', 'vraag', 'doe', 'deed', 'bedoel', 'bedoelde', 'haal', 'breng', 'neem', 'nam', 'kijk',
  'keek', 'speel', 'hoor', 'lees', 'schrijf', 'app', 'bel', 'belde', 'chat', 'koop', 'kocht', 'regel',
  'zet', 'post', 'gooi', 'trakteer', 'fix', 'fiks', 'stort', 'deel', 'plaats', 'upload', 'luister', 'word',
  'werd', 'vergeet', 'vergat', 'droom', 'voel', 'oordeel', 'veroordeel', 'let', 'vertrouw', 'lieg',
  'bestel', 'zorg', 'steun', 'was', 'rij', 'rijd', 'fiets', 'reis', 'boek', 'send', 'zend', 'verwijder',
  'wis', 'delete', 'pak', 'verspreid', 'lek', 'tag', 'leg', 'loop', 'liep', 'blijf', 'help', 'verdien',
  'tel', 'durf', 'hoef', 'probeer', 'geloof', 'beloof', 'zweer', 'wens', 'schat', 'gok', 'kus', 'knuffel',
  'lik', 'lok', 'raak', 'wijt', 'eet', 'ruik', 'bedank', 'zoek', 'zocht', 'spreek', 'trek', 'mail',
  'check', 'film', 'leer', 'wordt', 'schatte', 'gokte',
];
/**
 * Not after a lone "k": English verbs, where "k" is "ok" ("k send it", "k let me check"), and
 * "schat" ("k schat, tot morgen").
 */
const NOT_AFTER_LONE_K = new Set(['send', 'post', 'fix', 'delete', 'upload', 'check', 'film', 'mail', 'chat', 'app', 'help', 'let', 'tag', 'schat']);
/** Not glued to "k": the two together are another word ("klik", "klok", "keet", "kraak", "kwijt", "kwis"…). */
const NOT_GLUED = new Set(['eet', 'lik', 'lok', 'raak', 'wijt', 'wis', 'ruik', 'regel', 'luister']);
const AFTER_APOSTROPHE = new Set(CLITIC_VERBS);
const AFTER_LONE_K = new Set(CLITIC_VERBS.filter((v) => !NOT_AFTER_LONE_K.has(v)));
const GLUED = new Set(CLITIC_VERBS.filter((v) => !NOT_GLUED.has(v)));
const LONGEST_VERB = Math.max(...CLITIC_VERBS.map((v) => v.length));

const isWordCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57) || c === 39;

/** 1 at [first letter * 32 + second letter] (both a–z, 0–25) for the first two letters of a verb. */
const VERB_START = new Uint8Array(26 * 32);
for (const v of CLITIC_VERBS) VERB_START[(v.charCodeAt(0) - 97) * 32 + v.charCodeAt(1) - 97] = 1;

/**
 * `text[from, to)` in lower case, if it is 2 to LONGEST_VERB ASCII letters that start like a
 * verb; else ''. (Most words after a "k" — "kan", "kom", "kijk" — stop at the first look.)
 */
function lowerLetters(text: string, from: number, to: number): string {
  if (to - from < 2 || to - from > LONGEST_VERB) return '';
  const a = (text.charCodeAt(from) | 0x20) - 97;
  const b = (text.charCodeAt(from + 1) | 0x20) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25 || VERB_START[a * 32 + b] === 0) return '';
  let upper = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isLetterCode(c)) return '';
    if (c < 97) upper = true;
  }
  const word = text.slice(from, to);
  return upper ? word.toLowerCase() : word;
}

/**
 * Rule 9 for plainForm, on the raw word text[start, end) that starts with k or K: -1 when it is
 * no clitic; otherwise how many characters of the raw text the "ik " replaces: 0 for a lone "k"
 * before a verb (that "k" becomes "ik"), 1 for "kben", 2 for "k'ben".
 */
function cliticAt(text: string, start: number, end: number): number {
  const len = end - start;
  if (len === 1) {
    if (end >= text.length || text.charCodeAt(end) !== 32) return -1;
    let stop = end + 1;
    while (stop < text.length && stop - end <= LONGEST_VERB + 1 && isLetterCode(text.charCodeAt(stop))) stop++;
    if (stop < text.length && isWordCode(text.charCodeAt(stop))) return -1;
    return AFTER_LONE_K.has(lowerLetters(text, end + 1, stop)) ? 0 : -1;
  }
  if (text.charCodeAt(start + 1) === 39) return AFTER_APOSTROPHE.has(lowerLetters(text, start + 2, end)) ? 2 : -1;
  return GLUED.has(lowerLetters(text, start + 1, end)) ? 1 : -1;
}

/**
 * "k ben" / "k'ben" / "kben" → "ik ben" on normalised text, for the verbs above; the verb must be
 * a whole word ("kbenne" stays). Linear: each "k" that starts a word reads at most one short word
 * after it. Text without such a "k" comes back as it is, not copied.
 */
function expandClitics(text: string): string {
  // Candidates are a "k" at the start of the text or after a space.
  let at = text.charCodeAt(0) === 107 ? 0 : text.indexOf(' k') + 1;
  if (at === 0 && text.charCodeAt(0) !== 107) return text;
  const len = text.length;
  let out = '';
  let from = 0;
  while (at >= 0) {
    let start = at + 1;
    let verbs = GLUED;
    const next = start < len ? text.charCodeAt(start) : 0;
    if (next === 32) {
      verbs = AFTER_LONE_K;
      start++;
    } else if (next === 39) {
      verbs = AFTER_APOSTROPHE;
      start++;
    }
    let end = start;
    while (end < len && end - start <= LONGEST_VERB) {
      const c = text.charCodeAt(end);
      if (c < 97 || c > 122) break;
      end++;
    }
    const stop = end < len ? text.charCodeAt(end) : 32;
    if (end > start && end - start <= LONGEST_VERB && (stop === 32 || stop === 63) && verbs.has(text.slice(start, end))) {
      out += text.slice(from, at) + 'ik ';
      from = start;
    }
    const found = text.indexOf(' k', at + 1);
    at = found < 0 ? -1 : found + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const isLetterCode = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * The sentence ends plainForm met in the last text it read whole: a `.` or `!` followed by a
 * space, in a run of separators that holds no `?`. Such a text holds no other white space, no `;`,
 * `…` or line break (they all leave plainForm), so these are all the places where the sentence
 * splitter (sentences.ts) would write a `?` into the raw text; and normalising that marked text
 * gives this output with a `?` glued to the word before each end, the rest unchanged (the run
 * stays a run of separators, now with a `?` in it). So the splitter can cut this output at these
 * ends and its `?`s instead of normalising the message a second time.
 */
interface SentenceEnds {
  /** Offsets in the output, ascending: each right after the word that ends a sentence. */
  at: Int32Array;
  count: number;
}
const ends: SentenceEnds = { at: new Int32Array(32), count: 0 };
/** The text and output the ends belong to; undefined when the last normalise was not plainForm's alone. */
let endsText: string | undefined;
let endsOut = '';

function addEnd(offset: number): void {
  if (ends.count === ends.at.length) {
    const bigger = new Int32Array(2 * ends.at.length);
    bigger.set(ends.at);
    ends.at = bigger;
  }
  ends.at[ends.count++] = offset;
}

/**
 * Where sentences end in `normalised` (see SentenceEnds), when it is the output of the last
 * normalise() call, on `raw`, and plainForm read all of it; else undefined. Reused by the next
 * normalise().
 */
export function sentenceEnds(raw: string, normalised: string): SentenceEnds | undefined {
  return endsText !== undefined && endsText === raw && endsOut === normalised ? ends : undefined;
}

/**
 * Most chat needs almost nothing of the above: this reads it in one pass, up to the first thing
 * the full normaliser has to decide. Read here: ASCII words of letters and digits (an apostrophe
 * between two letters allowed) with no letter three times in a row and no leet to resolve (4a:
 * no run of 1–3 leet digits between letters; nor a word ending in letter + 0, 4b); between them
 * a single space, a `?` then a space, or a run of spaces, `.` `,` `!`, `?` and emoji that are no
 * word (rule 7) ending in a space (with a `?` in the run, one `?` glued to the word before it);
 * no single letter before anything but a single space, nor three single letters in a row. Their output is the text, lower-cased, with each such run one space,
 * and rule 9 applied word by word (cliticAt).
 * The rest, from the start of a word that follows a space and a word of two or more characters
 * (where the full normaliser holds no state that reaches further: no single letters waiting,
 * no word under way, nothing for a `?` to glue to but what comes after), goes through the full
 * normaliser; the two outputs joined by a space are what the full normaliser gives for the
 * whole text.
 */
function plainForm(text: string): string {
  const len = text.length;
  let out = '';
  let from = 0; // text[from, i) is output not yet copied into `out`
  let upper = false;
  let singles = 0; // single letters in a row, each after a single space
  // The last word start where the full normaliser may take over, and the output before it.
  let safe = 0;
  let safeOut = '';
  let safeFrom = 0;
  let safeUpper = false;
  let i = 0;
  for (;;) {
    const start = i;
    const first = start < len ? text.charCodeAt(start) : 0; // (no reads past the end: they deoptimise)
    if (start > 0 && singles === 0 && (isLetterCode(first) || (first >= 48 && first <= 57))) {
      safe = start;
      safeOut = out;
      safeFrom = from;
      safeUpper = upper;
    }
    let letters = 0;
    let prev = 0;
    let repeats = 0;
    let digitRun = 0; // length of the run of digits just read
    let leetRun = true; // whether all of them are leet digits
    while (i < len) {
      const c = text.charCodeAt(i);
      const low = c | 0x20;
      if (low >= 97 && low <= 122) {
        if (c < 97) upper = true;
        if (low === prev) {
          if (++repeats > 2) return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
        } else {
          prev = low;
          repeats = 1;
        }
        // Digits between letters: leet (4a) when 1–3 leet digits.
        if (digitRun > 0 && digitRun <= 3 && leetRun && digitRun < i - start && isLetterCode(text.charCodeAt(i - digitRun - 1))) {
          return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
        }
        digitRun = 0;
        letters++;
      } else if (c >= 48 && c <= 57) {
        if (digitRun === 0) leetRun = true;
        if (LEET_CODE[c] === 0) leetRun = false;
        digitRun++;
        prev = 0;
      } else if (c === 39 && i > start && isLetterCode(text.charCodeAt(i - 1)) && i + 1 < len && isLetterCode(text.charCodeAt(i + 1))) {
        prev = 0;
      } else {
        break;
      }
      i++;
    }
    if (i === start) return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
    // "wh0": a word ending in a letter and one 0 (4b).
    if (digitRun === 1 && text.charCodeAt(i - 1) === 48 && i - start >= 2 && isLetterCode(text.charCodeAt(i - 2))) {
      return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
    }
    if ((first | 0x20) === 107) {
      // Rule 9 on this path: a clitic "k" before a verb. (If the full normaliser takes over
      // later, it starts no later than this word or, after a lone "k", before it.)
      const skip = cliticAt(text, start, i);
      if (skip >= 0) {
        out += text.slice(from, start) + (skip === 0 ? 'i' : 'ik ');
        from = start + skip;
      }
    }
    const single = letters === 1 && i - start === 1;
    if (single) {
      if (++singles > 2) return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
    } else {
      singles = 0;
    }
    if (i === len) break;
    const c = text.charCodeAt(i);
    if (c === 32) {
      const d = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      if (isLetterCode(d) || (d >= 48 && d <= 57)) {
        i++;
        continue;
      }
    }
    if (single) return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
    if (c === 63) {
      // "?" glued to the word, then a space and a word, or the end.
      if (i + 1 === len) break;
      if (text.charCodeAt(i + 1) === 32) {
        const d = i + 2 < len ? text.charCodeAt(i + 2) : 0;
        if (isLetterCode(d) || (d >= 48 && d <= 57)) {
          i += 2;
          singles = 0;
          continue;
        }
      }
    }
    // A run of separators: ending in a space before a word, or at the end of the text. With a
    // `?` in it ("?? ", "?. ", " 🎉? ", "!? "), one `?` glued to the word before it.
    const wordEnd = i;
    let last = 0;
    let question = false;
    let sentenceEnd = false; // a `.` or `!` before a space (SentenceEnds)
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 32 || d === 46 || d === 44 || d === 33) {
        if (d !== 32 && d !== 44 && i + 1 < len && text.charCodeAt(i + 1) === 32) sentenceEnd = true;
        i++;
      } else if (d === 63) {
        question = true;
        i++;
      } else if (d >= 0xd800 && d <= 0xdbff && i + 1 < len && isWordless(text, i)) {
        i += 2;
      } else {
        break;
      }
      last = d;
    }
    if (i < len && last !== 32) return fullFrom(text, safe, safeOut, safeFrom, safeUpper);
    out += question ? `${text.slice(from, wordEnd)}?` : text.slice(from, wordEnd);
    if (sentenceEnd && !question) addEnd(out.length);
    if (i === len) {
      from = len;
      break;
    }
    from = i - 1; // the run's last space
    singles = 0;
  }
  if (from > 0 || out !== '') out += text.slice(from);
  else out = text;
  // (Only ASCII letters, digits and ' came through: lower-casing moves no offset of `ends`.)
  if (upper) out = out.toLowerCase();
  endsText = text;
  endsOut = out;
  return out;
}

/** Whether the surrogate pair at text[i] is an emoji or symbol that is no word (a space). */
function isWordless(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return false;
  const cp = (text.charCodeAt(i) - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  return !WORD_BY_CP.has(cp) && !CONFUSABLE_BY_CP.has(cp) && classOf(cp, text.slice(i, i + 2)) === C_OTHER;
}

/** plainForm's output up to `safe` (read by it), then the full normaliser's from there. */
function fullFrom(text: string, safe: number, out: string, from: number, upper: boolean): string {
  if (safe === 0) return expandClitics(normaliseUnsafe(text));
  out += text.slice(from, safe - 1);
  // (Rule 9 has been applied to `out` already; applying it again changes nothing there.)
  const rest = normaliseUnsafe(text, safe);
  if (upper) out = out.toLowerCase();
  return rest === '' ? out : expandClitics(`${out} ${rest}`);
}

/** The full normaliser, on text[from …]. */
function normaliseUnsafe(text: string, from = 0): string {
  reset();
  const s = text;
  src = s;
  const len = s.length;
  for (let i = from; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const action = ASCII[c];
      if (action === A_LOWER || action === A_DIGIT || action === A_UPPER) {
        // The common case: scan the whole run of ASCII letters and digits here.
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
    if (cp === 0x20ac) while (i + 1 < len && s.charCodeAt(i + 1) === 0x20ac) i++; // "€€€": once
  }
  if (wordLen > 0) endWord();
  flushPending();
  flushSpan();
  const result = output();
  // Let go of the input (a content script lives long) and of a huge word list.
  src = '';
  if (outWords.length > 1024) outWords.length = 0;
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
    case A_AT: {
      let kind = K_AT;
      if (at >= 0 && wordLen > 0) {
        EMAIL_DOMAIN.lastIndex = at + 1;
        if (EMAIL_DOMAIN.test(src)) kind = K_AT_EMAIL;
      }
      pushCode(0x40, kind);
      break;
    }
    case A_DOLLAR:
      pushCode(0x24, K_DOLLAR);
      break;
    case A_BANG:
      pushCode(0x21, K_BANG);
      break;
    case A_APOS:
      pushCode(0x27, K_APOS);
      break;
    case A_SLASH:
      pushCode(0x2f, K_SLASH);
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

/** One non-ASCII code point. `mayDecompose` is false for the parts of a decomposition. */
function nonAscii(cp: number, ch: string, mayDecompose: boolean): void {
  if (cp >= 0xd800 && cp <= 0xdfff) {
    addGap(G_OTHER); // a lone surrogate
    return;
  }
  if (cp >= 0x300 && cp <= 0x36f) {
    breakSlice(); // a combining accent
    return;
  }
  const lookalike = CONFUSABLE_BY_CP.get(cp);
  if (lookalike !== undefined) {
    pushLetter(lookalike);
    return;
  }
  const word = WORD_BY_CP.get(cp);
  if (word !== undefined) {
    if (wordLen > 0) endWord();
    emitPiece(word, gap, false);
    gap = G_NONE;
    return;
  }
  switch (classOf(cp, ch)) {
    case C_LETTER:
      pushLetter(lowerLetter(cp, ch));
      break;
    case C_MARK:
    case C_INVISIBLE:
      breakSlice();
      break;
    case C_SPACE:
      addGap(G_SPACE);
      break;
    case C_APOS:
      pushCode(0x27, K_APOS);
      break;
    case C_DASH:
      addGap(G_DASH);
      break;
    case C_DOT:
      addGap(G_DOT);
      break;
    case C_DIGIT:
      for (let k = 0; k < ch.length; k++) pushCode(ch.charCodeAt(k), K_DIGIT);
      break;
    case C_DECOMPOSES: {
      if (!mayDecompose) {
        addGap(G_OTHER);
        break;
      }
      breakSlice();
      for (const part of decompose(cp, ch)) {
        const pc = part.codePointAt(0)!;
        if (pc < 128) {
          const action = ASCII[pc];
          if (action === A_LOWER) pushCode(pc, K_LETTER);
          else if (action === A_UPPER) pushCode(pc + 32, K_LETTER);
          else if (action === A_DIGIT) pushCode(pc, K_DIGIT);
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

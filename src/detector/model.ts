import { CATEGORIES, type Category } from './types';
import { MODEL } from './model-data';

/**
 * A small learned classifier (issue 3): one linear model per category over the words (their first
 * WORD_LENGTH characters), word pairs, skip pairs (two words with one between) and long words'
 * endings of the normalised text, trained by
 * scripts/train-model.ts on the tuning corpus and the rules' own examples. It only adds a `low`
 * signal for a category no rule found, so new wording that the phrase rules miss can still be
 * noticed: a confident guess at or above a category's `threshold`, or a faint one at or above its
 * lower `faint` score, which only `high` shows (policy.ts).
 *
 * Pure and deterministic; never throws. Cost: one hash-table probe per word, one more per long
 * word (its ending), and one per pair or skip pair whose first word starts a known one; no
 * allocation. Skip pairs and endings were chosen on the fresh batch t14 before it joined the
 * corpus (the model trained without it): the whole detector's recall at high 448 → 455 of 520
 * moves, negatives nudged at high 169 → 162 of 600, at standard 23 → 24; 0.95 → 1.16 µs per message.
 */

export interface ModelData {
  /** Category order of `bias`, `threshold` and the category indices in `features`. */
  categories: readonly string[];
  bias: readonly number[];
  /** Per category: the score (a logit) at or above which the model fires. */
  threshold: readonly number[];
  /**
   * Per category: a lower score at or above which the model makes a faint guess, shown at `high`
   * only (chosen by the trainer at a higher share of negatives than `threshold`).
   */
  faint: readonly number[];
  /**
   * The features and their weights, compact: entries `feature=weights` separated by `,`; a
   * feature is a word or two words and a space; its weights are a category letter (`a` = the
   * first category) followed by the weight in hundredths, e.g. `ben je=a12f-40`.
   */
  features: string;
}

/** Digits all count as one word (`#`), so "ik ben 23" and "ik ben 31" share their features. */
const DIGITS = '#';

/**
 * Only a word's first WORD_LENGTH characters count: "foto", "fotos" and "fotootje", or "alleen"
 * and "alleenn", are one feature, so the model carries over to inflections and to typos at a
 * word's end that it never saw. Cross-validated, 4 found more than 5 or 6 at the same false
 * positives (scripts/train-model.ts); the scanner also hashes fewer characters.
 */
export const WORD_LENGTH = 4;

/** Words of normalised text: runs of a–z and 0–9 (normalise has folded case and accents), each
 * cut to its first WORD_LENGTH characters; a run of digits only is `#`. */
export function tokens(normalised: string): string[] {
  const out: string[] = [];
  let start = -1;
  let digits = true;
  for (let i = 0; i <= normalised.length; i++) {
    const c = i < normalised.length ? normalised.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (letter || digit) {
      if (start < 0) {
        start = i;
        digits = true;
      }
      if (letter) digits = false;
    } else if (start >= 0) {
      out.push(digits ? DIGITS : normalised.slice(start, Math.min(i, start + WORD_LENGTH)));
      start = -1;
    }
  }
  return out;
}

/**
 * A word of at least SUFFIX_MIN characters also counts by its last WORD_LENGTH characters, marked
 * with SUFFIX: the ending of a compound ("naaktfoto", "bikinifoto", "spiegelselfie") or a word with
 * a typo near its start.
 */
export const SUFFIX_MIN = 6;
export const SUFFIX = '~';
const ENDING = new RegExp(`^${SUFFIX}[a-z0-9]{${WORD_LENGTH}}$`);

/** Endings (`~foto`) of the long words of normalised text, in order. */
export function suffixes(normalised: string): string[] {
  const out: string[] = [];
  for (const m of normalised.matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    if (w.length >= SUFFIX_MIN && /[a-z]/.test(w)) out.push(SUFFIX + w.slice(-WORD_LENGTH));
  }
  return out;
}

/** The middle of a skip pair "a _ b": two words with any one word between them ("stuur me ff een foto"). */
export const SKIP = '_';

/** Words, word pairs ("a b"), skip pairs ("a _ b") and long words' endings, as the trainer counts them. */
export function features(normalised: string): string[] {
  const words = tokens(normalised);
  const out = words.slice();
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  out.push(...suffixes(normalised));
  for (let i = 2; i < words.length; i++) out.push(`${words[i - 2]} ${SKIP} ${words[i]}`);
  return out;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** 32-bit FNV-1a of one word, as the scanner computes it character by character. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

const HASH_DIGITS = hashWord(DIGITS);
const HASH_SUFFIX = hashWord(SUFFIX);

/** Hash of the pair "a b" from the hashes of its words. */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h ^ b, 0xc2b2ae35) ^ 0x27d4eb2f;
}

/** Hash of the skip pair "a _ b" from the hashes of its words. */
function hashSkip(a: number, b: number): number {
  let h = Math.imul(a ^ 0x2f6b7e4d, 0xcc9e2d51);
  h ^= h >>> 15;
  return Math.imul(h ^ b, 0x1b873593) ^ 0x6a09e667;
}

/**
 * The model as lookup tables: an open-addressing hash table from a feature's 32-bit hash to its
 * entry, so scoring allocates nothing (no word strings). Two known features with the same hash
 * are refused at load; an unknown word sharing a known feature's hash (about one in a million
 * per word) scores as that feature.
 */
interface Loaded {
  catOf: Category[];
  /** Bias, thresholds, weights and scores in hundredths, so scoring adds small integers. */
  bias: Int32Array;
  threshold: Int32Array;
  /** At most `threshold` (a faint guess is never above a confident one; loadModel refuses data that is). */
  faint: Int32Array;
  scores: Int32Array;
  mask: number;
  /**
   * Per slot two numbers: the feature hash, and its entry (0 = empty slot), packed so that one
   * load gives all a word needs: bit 0 whether the feature starts a known pair, bit 1 whether it
   * starts a known skip pair, bits 2–7 how many weights it has, bit 8 set (a slot in use), bits
   * 9–31 where its weights start in `weights`.
   */
  table: Int32Array;
  /** Each weight with its category: weight * 256 + category index. */
  weights: Int32Array;
  size: number;
}

/** The entries of ModelData.features: each feature with its (category index, weight) pairs. */
export function parseFeatures(text: string): [string, [number, number][]][] {
  const out: [string, [number, number][]][] = [];
  for (const item of text.split(',')) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    const list = item.slice(eq + 1);
    if (eq <= 0 || !/^(?:[a-z]-?\d{1,5})+$/.test(list)) throw new Error(`model: bad entry ${item}`);
    const weights: [number, number][] = [];
    for (const m of list.matchAll(/([a-z])(-?\d+)/g)) weights.push([m[1]!.charCodeAt(0) - 97, Number(m[2])]);
    out.push([item.slice(0, eq), weights]);
  }
  return out;
}

/** Parses model data into lookup tables; throws on malformed data (the unit test checks this). */
export function loadModel(data: ModelData): Loaded {
  const catOf = data.categories.map((c) => {
    if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`model: unknown category ${c}`);
    return c as Category;
  });
  const n = catOf.length;
  // readPart returns the confident categories as bits of one 32-bit number.
  if (n > 31) throw new Error('model: more than 31 categories');
  if (data.bias.length !== n || data.threshold.length !== n || data.faint.length !== n) throw new Error('model: bias/threshold/faint length');
  const hundredths = (x: number) => Math.round(x * 100);
  if (![...data.bias, ...data.threshold, ...data.faint].every((x) => Number.isFinite(x) && Math.abs(x) < 1e6)) throw new Error('model: bad number');
  const { entries, weights } = readFeatures(data.features, n);
  let capacity = 16;
  while (capacity < entries.size * 2) capacity *= 2;
  const table = new Int32Array(capacity * 2);
  for (let s = 0; s < entries.table.length; s += 2) {
    const packed = entries.table[s + 1]!;
    if (packed === 0) continue;
    let slot = entries.table[s]! & (capacity - 1);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & (capacity - 1);
    table[2 * slot] = entries.table[s]!;
    table[2 * slot + 1] = packed;
  }
  const threshold = Int32Array.from(data.threshold, hundredths);
  // The trainer never writes a faint level above the confident one: such data is refused, not mended.
  if (data.faint.some((x, c) => hundredths(x) > threshold[c]!)) throw new Error('model: faint above threshold');
  return {
    catOf,
    bias: Int32Array.from(data.bias, hundredths),
    threshold,
    faint: Int32Array.from(data.faint, hundredths),
    scores: new Int32Array(n),
    mask: capacity - 1,
    table,
    weights,
    size: entries.size,
  };
}

/**
 * ModelData.features read in one pass over its characters, as the page pays for it when the first
 * message comes: no regular expression, no string per feature, no object per entry (the readable
 * parseFeatures took several times as long). Entries go into a provisional table sized for the
 * most there can be (every entry, and the first word of every pair); loadModel copies them into
 * one sized for the entries there are. Refuses what parseFeatures and the feature rules refuse:
 * an entry without `=` or weights, a word that is not a–z, 0–9 or `#` or is longer than
 * WORD_LENGTH, a malformed pair or ending, an unknown category, a weight out of range, more than
 * 63 weights for one feature, a feature written twice, two features with one hash.
 */
function readFeatures(text: string, categories: number): { entries: { table: Int32Array; size: number }; weights: Int32Array } {
  // Every entry adds at most two: itself and the first word of its pair.
  let bound = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 32 /* space */) bound++;
  }
  let capacity = 16;
  while (capacity < bound * 2) capacity *= 2;
  const mask = capacity - 1;
  // Per slot: hash and packed entry (as Loaded.table), where its feature's text starts and ends,
  // and whether it has its own weights yet.
  const table = new Int32Array(capacity * 2);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  const own = new Uint8Array(capacity);
  let size = 0;
  const bad = (what: string, at: number) => {
    const end = text.indexOf(',', at);
    return new Error(`model: ${what} ${text.slice(at, end < 0 ? undefined : end)}`);
  };
  /** The slot of the feature text[start, end) with this hash, made if new. */
  const slotOf = (hash: number, start: number, end: number): number => {
    let slot = hash & mask;
    while (table[2 * slot + 1] !== 0) {
      if (table[2 * slot] === hash) {
        const a = from[slot]!;
        let same = to[slot]! - a === end - start;
        for (let j = 0; same && j < end - start; j++) same = text.charCodeAt(a + j) === text.charCodeAt(start + j);
        if (!same) throw bad(`hash collision with ${text.slice(a, to[slot])}:`, start);
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = hash;
    table[2 * slot + 1] = 0x100;
    from[slot] = start;
    to[slot] = end;
    size++;
    return slot;
  };
  const WORD = 1;
  const SKIP_WORD = 2;
  const weights = new Int32Array(Math.ceil(text.length / 2));
  let k = 0;
  let i = 0;
  while (i < text.length) {
    const item = i;
    if (text.charCodeAt(i) === 44) {
      i++;
      continue;
    }
    // The feature: a word ("#" for digits), "a b", "a _ b", or a long word's ending "~abcd".
    let hash: number;
    let words = 0;
    let firstEnd = i;
    let firstHash = 0;
    if (text.charCodeAt(i) === SUFFIX.charCodeAt(0)) {
      hash = HASH_SUFFIX;
      for (i++; i < text.length && text.charCodeAt(i) !== 61 /* = */; i++) {
        const c = text.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) throw bad('bad feature', item);
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      if (i - item !== WORD_LENGTH + 1) throw bad('bad feature', item);
    } else {
      let kinds = 0; // two bits per word: WORD or SKIP_WORD
      let lastHash = 0;
      for (;;) {
        const start = i;
        let h = FNV_OFFSET;
        let plain = true;
        for (; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 32 || c === 61) break;
          if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) plain = false;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        const length = i - start;
        const c0 = text.charCodeAt(start);
        const kind = length === 1 && c0 === 95 /* _ */ ? SKIP_WORD : (plain && length > 0 && length <= WORD_LENGTH) || (length === 1 && c0 === 35 /* # */) ? WORD : 0;
        if (kind === 0 || words === 3) throw bad('bad feature', item);
        kinds |= kind << (2 * words);
        words++;
        if (words === 1) {
          firstEnd = i;
          firstHash = h;
        }
        lastHash = h;
        if (i >= text.length || text.charCodeAt(i) === 61) break;
        i++;
      }
      if (kinds === WORD) hash = firstHash;
      else if (kinds === (WORD | (WORD << 2))) hash = hashPair(firstHash, lastHash);
      else if (kinds === (WORD | (SKIP_WORD << 2) | (WORD << 4))) hash = hashSkip(firstHash, lastHash);
      else throw bad('bad feature', item);
    }
    if (i >= text.length) throw bad('bad entry', item);
    const featureEnd = i;
    i++; // `=`
    // The weights: a category letter, then the weight in hundredths (at most five digits).
    const first = k;
    while (i < text.length && text.charCodeAt(i) !== 44) {
      const cat = text.charCodeAt(i++) - 97;
      if (cat < 0 || cat > 25) throw bad('bad entry', item);
      const negative = text.charCodeAt(i) === 45; /* - */
      if (negative) i++;
      let w = 0;
      let digits = 0;
      for (; i < text.length; i++, digits++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        w = w * 10 + (c - 48);
      }
      if (digits === 0 || digits > 5) throw bad('bad entry', item);
      if (cat >= categories || w > 32767) throw bad('bad weight', item);
      weights[k++] = (negative ? -w : w) * 256 + cat;
    }
    if (k === first) throw bad('bad entry', item);
    if (k - first > 63) throw bad('too many weights for', item);
    if (k >= 1 << 23) throw new Error('model: too many weights');
    const slot = slotOf(hash, item, featureEnd);
    if (own[slot] === 1) throw bad('feature written twice:', item);
    own[slot] = 1;
    table[2 * slot + 1] = (table[2 * slot + 1]! & 3) | 0x100 | ((k - first) << 2) | (first << 9);
    // The first word of a pair or skip pair starts it.
    if (words > 1) table[2 * slotOf(firstHash, item, firstEnd) + 1] |= words === 3 ? 2 : 1;
  }
  return { entries: { table, size }, weights: weights.slice(0, k) };
}

/**
 * One probe of the model's open-addressing table: adds the weights of the feature with hash `key`
 * to `scores` and returns its packed entry (0 when the feature is unknown; see Loaded.table).
 */
function addWeights(key: number, table: Int32Array, mask: number, weights: Int32Array, scores: Int32Array): number {
  let slot = key & mask;
  let e: number;
  while ((e = table[2 * slot + 1]!) !== 0 && table[2 * slot] !== key) slot = (slot + 1) & mask;
  if (e !== 0) {
    for (let k = e >>> 9, end = k + ((e >>> 2) & 63); k < end; k++) scores[weights[k]! & 255]! += weights[k]! >> 8;
  }
  return e;
}

let loaded: Loaded | undefined;

/**
 * Raw scores (logits, in hundredths) per category of the data's order, of already normalised
 * text or of its part text[from, to) (a sentence of it: no slice to allocate); reused between
 * calls.
 */
export function scoreNormalised(normalised: string, m: Loaded, from = 0, to = normalised.length): Int32Array {
  const { scores, weights, table, mask } = m;
  scores.set(m.bias);
  let prevHash = 0;
  let prevHead = false;
  // The word before the previous one, for skip pairs.
  let prev2Hash = 0;
  let prev2SkipHead = false;
  let prevSkipHead = false;
  let inWord = false;
  let digits = true;
  let h = FNV_OFFSET;
  let letters = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? normalised.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      if (!inWord) {
        inWord = true;
        digits = true;
        h = FNV_OFFSET;
        letters = 0;
      }
      if (letter) digits = false;
      if (letters++ < WORD_LENGTH) h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    const word = digits ? HASH_DIGITS : h;
    if (letters >= SUFFIX_MIN && !digits) {
      // The ending: SUFFIX and the word's last WORD_LENGTH characters (i is just past the word).
      let t = HASH_SUFFIX;
      for (let j = i - WORD_LENGTH; j < i; j++) t = Math.imul(t ^ normalised.charCodeAt(j), FNV_PRIME);
      addWeights(t, table, mask, weights, scores);
    }
    if (prevHead) addWeights(hashPair(prevHash, word), table, mask, weights, scores);
    if (prev2SkipHead) addWeights(hashSkip(prev2Hash, word), table, mask, weights, scores);
    prev2Hash = prevHash;
    prev2SkipHead = prevSkipHead;
    const e = addWeights(word, table, mask, weights, scores);
    prevHead = (e & 1) === 1;
    prevSkipHead = (e & 2) === 2;
    prevHash = word;
  }
  return scores;
}

/**
 * Longest normalised text the model scores in one go. Its sum over words is not calibrated for
 * paragraphs, where ordinary words add up to false signals, so matchText (engine.ts) gives it a
 * longer message one sentence at a time.
 */
export const MODEL_MAX_LENGTH = 120;

/**
 * Loads the model's tables now (parsing its data: `npm run bench` prints how long, about 50–65 ms
 * cold for 15,700 features on a busy two-core machine), e.g. in idle time before the first message,
 * which would otherwise pay for it (issue 4).
 */
export function prepareModel(): void {
  loaded ??= loadModel(MODEL);
}

/**
 * What the model makes of one part of a message: its scores (logits, in hundredths, indexed by
 * modelCategoryIndex), the categories it is confident about, as bits of that index (bit c:
 * scores[c] is at or above category c's threshold; modelCategoryAt(c) names it), and those it
 * guesses faintly (at or above the faint score, below the threshold). One scoring serves both the
 * guesses and the doubt (engine.ts). Reused by the next call.
 */
export interface ModelReading {
  scores: Int32Array;
  confident: number;
  faint: number;
}

const reading: ModelReading = { scores: new Int32Array(0), confident: 0, faint: 0 };

/**
 * The model's reading of already normalised text, or of its part text[from, to) (trimmed, as a
 * sentence of it), or undefined when that part is empty or longer than MODEL_MAX_LENGTH: the
 * model does not read it.
 */
export function readPart(normalised: string, from = 0, to = normalised.length): ModelReading | undefined {
  if (to <= from || to - from > MODEL_MAX_LENGTH) return undefined;
  loaded ??= loadModel(MODEL);
  const scores = scoreNormalised(normalised, loaded, from, to);
  const { threshold, faint: faintAt } = loaded;
  let confident = 0;
  let faint = 0;
  for (let c = 0; c < scores.length; c++) {
    if (scores[c]! >= threshold[c]!) confident |= 1 << c;
    else if (scores[c]! >= faintAt[c]!) faint |= 1 << c;
  }
  reading.scores = scores;
  reading.confident = confident;
  reading.faint = faint;
  return reading;
}

/** Categories the model is confident about in already normalised text (in category order). */
export function modelCategories(normalised: string): Category[] {
  const out: Category[] = [];
  const read = readPart(normalised);
  if (read === undefined) return out;
  for (let c = 0; c < read.scores.length; c++) if ((read.confident & (1 << c)) !== 0) out.push(modelCategoryAt(c));
  return out;
}

/** Where `category` stands in the model's scores (-1: a category the model does not know). */
export function modelCategoryIndex(category: Category): number {
  loaded ??= loadModel(MODEL);
  return loaded.catOf.indexOf(category);
}

/** The category at index `c` of the model's scores. */
export function modelCategoryAt(c: number): Category {
  loaded ??= loadModel(MODEL);
  return loaded.catOf[c]!;
}

import { CATEGORIES, type Category } from './types';
import { MODEL } from './model-data';

/**
 * A small learned classifier (issue 3): one linear model per category over the words and word
 * pairs of the normalised text, trained by scripts/train-model.ts on the tuning corpus and the
 * rules' own examples. It only adds a `low` signal (shown at `high`) for a category no rule found,
 * so new wording that the phrase rules miss can still be noticed.
 *
 * Pure and deterministic; never throws. Cost: one Map lookup per word, and one more per word pair
 * whose first word starts a known pair.
 */

/** Weights of one feature: `cats[i]` gets `weights[i]`. `head`: some known pair starts with it. */
interface Entry {
  cats: number[];
  weights: number[];
  head: boolean;
}

export interface ModelData {
  /** Category order of `bias`, `threshold` and the category indices in `features`. */
  categories: readonly string[];
  bias: readonly number[];
  /** Per category: the score (a logit) at or above which the model fires. */
  threshold: readonly number[];
  /** One feature per line: `feature<TAB>cat:weight cat:weight…`, weights in hundredths. */
  features: string;
}

/** Digits all count as one word (`#`), so "ik ben 23" and "ik ben 31" share their features. */
const DIGITS = '#';

/** Words of normalised text: runs of a–z and 0–9 (normalise has folded case and accents). */
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
      out.push(digits ? DIGITS : normalised.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Words and word pairs ("a b"), as the trainer counts them. */
export function features(normalised: string): string[] {
  const words = tokens(normalised);
  const out = words.slice();
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

interface Loaded {
  map: Map<string, Entry>;
  catOf: Category[];
  bias: Float64Array;
  threshold: Float64Array;
  scores: Float64Array;
}

/** Parses model data into lookup tables; throws on malformed data (the unit test checks this). */
export function loadModel(data: ModelData): Loaded {
  const catOf = data.categories.map((c) => {
    if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`model: unknown category ${c}`);
    return c as Category;
  });
  const n = catOf.length;
  if (data.bias.length !== n || data.threshold.length !== n) throw new Error('model: bias/threshold length');
  if (![...data.bias, ...data.threshold].every(Number.isFinite)) throw new Error('model: non-finite number');
  const map = new Map<string, Entry>();
  const entry = (f: string): Entry => {
    let e = map.get(f);
    if (e === undefined) {
      e = { cats: [], weights: [], head: false };
      map.set(f, e);
    }
    return e;
  };
  for (const line of data.features.split('\n')) {
    if (line === '') continue;
    const [feature, list] = line.split('\t');
    if (feature === undefined || list === undefined || feature === '') throw new Error(`model: bad line ${line}`);
    const e = entry(feature);
    for (const pair of list.split(' ')) {
      const [c, w] = pair.split(':').map(Number);
      if (c === undefined || w === undefined || !Number.isInteger(c) || c < 0 || c >= n || !Number.isFinite(w)) {
        throw new Error(`model: bad weight ${pair}`);
      }
      e.cats.push(c);
      e.weights.push(w / 100);
    }
    const space = feature.indexOf(' ');
    if (space > 0) entry(feature.slice(0, space)).head = true;
  }
  return {
    map,
    catOf,
    bias: Float64Array.from(data.bias),
    threshold: Float64Array.from(data.threshold),
    scores: new Float64Array(n),
  };
}

let loaded: Loaded | undefined;

/** Raw scores (logits) per category of `data`'s order; for the trainer's checks and tests. */
export function scoreNormalised(normalised: string, model: Loaded): Float64Array {
  const { map, scores } = model;
  scores.set(model.bias);
  let prev: Entry | undefined;
  let prevWord = '';
  let start = -1;
  let digits = true;
  const add = (e: Entry) => {
    const { cats, weights } = e;
    for (let k = 0; k < cats.length; k++) scores[cats[k]!]! += weights[k]!;
  };
  for (let i = 0; i <= normalised.length; i++) {
    const c = i < normalised.length ? normalised.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        digits = true;
      }
      if (letter) digits = false;
      continue;
    }
    if (start < 0) continue;
    const word = digits ? DIGITS : normalised.slice(start, i);
    start = -1;
    if (prev !== undefined && prev.head) {
      const pair = map.get(`${prevWord} ${word}`);
      if (pair !== undefined) add(pair);
    }
    const e = map.get(word);
    if (e !== undefined) add(e);
    prev = e;
    prevWord = word;
  }
  return scores;
}

/** Categories the model is confident about in already normalised text (in category order). */
export function modelCategories(normalised: string): Category[] {
  const out: Category[] = [];
  if (normalised.length === 0) return out;
  loaded ??= loadModel(MODEL);
  const scores = scoreNormalised(normalised, loaded);
  for (let c = 0; c < scores.length; c++) if (scores[c]! >= loaded.threshold[c]!) out.push(loaded.catOf[c]!);
  return out;
}

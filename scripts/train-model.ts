/**
 * `npx tsx scripts/train-model.ts [--check]`: trains the small per-category linear model
 * (src/detector/model.ts, issue 3) and writes src/detector/model-data.ts.
 *
 * - Data: tests/corpus/messages.jsonl (tuning corpus only; never the held-out sets) plus the
 *   rules' own examples (`match` = positive for the rule's category; `noMatch` = negative when no
 *   rule fires on it at all).
 * - Features: words and word pairs of the normalised text (model.ts `features`), counted, kept
 *   when they occur in at least MIN_DF training messages.
 * - Model: one-vs-rest logistic regression, full-batch proximal AdaGrad with L1 + L2, so most
 *   weights are exactly zero; weights are rounded to hundredths. A message labelled X is not used
 *   as a negative for another category Y that the rules find in it.
 * - Thresholds: K-fold cross-validation; per category the lowest threshold (at least logit 0)
 *   at which, in every language, at most FP_PER_CATEGORY of the held-out negatives where no rule
 *   found that category would fire. Printed: the cross-validated recall and false-positive rate.
 *
 * Deterministic (seeded folds, fixed iteration count). `--check` exits 1 if the file would change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/detector/types';
import { matchText } from '../src/detector/engine';
import { features } from '../src/detector/model';
import { normalise } from '../src/detector/normalise';
import { ALL_RULES } from '../src/detector/rules';
import type { Category, Language } from '../src/detector/types';
import { loadMessages } from './corpus';
import { prng } from './prng';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/detector/model-data.ts');
const K = 5;
const MIN_DF = 2;
const ITERATIONS = 300;
const RATE = 0.5;
const L1 = 0.0003;
const L2 = 0.0001;
/** Share of negatives (per language, per category) the model may nudge in cross-validation. */
const FP_PER_CATEGORY = 0.003;
const MIN_THRESHOLD = 0;
const NC = CATEGORIES.length;

interface Sample {
  feats: string[];
  lang: Language | undefined;
  label: number; // category index, or -1 for a negative
  ruleCats: Set<number>; // categories the rules already find
}

export function buildSamples(): Sample[] {
  const catIndex = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
  // A copy of the rule array: matchText adds the model's own signals only for ALL_RULES itself.
  const rulesOnly = [...ALL_RULES];
  const ruleCats = (text: string) => new Set(matchText(text, rulesOnly).map((m) => catIndex.get(m.category)!));
  const samples: Sample[] = [];
  const { rows, problems } = loadMessages();
  if (problems.length > 0) throw new Error('train-model: corpus has invalid lines');
  for (const m of rows) {
    samples.push({ feats: features(normalise(m.text)), lang: m.lang, label: m.label === 'none' ? -1 : catIndex.get(m.label)!, ruleCats: ruleCats(m.text) });
  }
  for (const rule of ALL_RULES) {
    for (const text of rule.examples.match) {
      samples.push({ feats: features(normalise(text)), lang: undefined, label: catIndex.get(rule.category)!, ruleCats: ruleCats(text) });
    }
    for (const text of rule.examples.noMatch) {
      const found = ruleCats(text);
      if (found.size === 0) samples.push({ feats: features(normalise(text)), lang: undefined, label: -1, ruleCats: found });
    }
  }
  return samples;
}

interface Trained {
  vocab: string[];
  /** weights[f * NC + c] */
  weights: Float64Array;
  bias: Float64Array;
}

function train(samples: readonly Sample[]): Trained {
  const df = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.feats)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= MIN_DF).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = samples.map((s) => Int32Array.from(s.feats.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const nf = vocab.length;
  const w = new Float64Array(nf * NC);
  const g = new Float64Array(nf * NC);
  const g2 = new Float64Array(nf * NC);
  const b = new Float64Array(NC);
  const gb = new Float64Array(NC);
  const gb2 = new Float64Array(NC);
  const n = samples.length;
  const z = new Float64Array(NC);
  for (let it = 0; it < ITERATIONS; it++) {
    g.fill(0);
    gb.fill(0);
    for (let s = 0; s < n; s++) {
      const row = rows[s]!;
      const sample = samples[s]!;
      z.set(b);
      for (const f of row) for (let c = 0; c < NC; c++) z[c]! += w[f * NC + c]!;
      for (let c = 0; c < NC; c++) {
        const y = sample.label === c ? 1 : 0;
        if (y === 0 && sample.ruleCats.has(c)) continue;
        const err = (1 / (1 + Math.exp(-z[c]!)) - y) / n;
        gb[c]! += err;
        for (const f of row) g[f * NC + c]! += err;
      }
    }
    for (let c = 0; c < NC; c++) {
      gb2[c]! += gb[c]! * gb[c]!;
      b[c]! -= (RATE * gb[c]!) / Math.sqrt(gb2[c]! + 1e-12);
    }
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]! + L2 * w[i]!;
      if (gi === 0 && w[i] === 0) continue;
      g2[i]! += gi * gi;
      const step = RATE / Math.sqrt(g2[i]! + 1e-12);
      const v = w[i]! - step * gi;
      const shrink = step * L1;
      w[i] = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0;
    }
  }
  // Rounded to hundredths, as stored.
  for (let i = 0; i < w.length; i++) w[i] = Math.round(w[i]! * 100) / 100;
  for (let c = 0; c < NC; c++) b[c] = Math.round(b[c]! * 100) / 100;
  return { vocab, weights: w, bias: b };
}

function scorer(model: Trained): (feats: string[]) => Float64Array {
  const index = new Map(model.vocab.map((f, i) => [f, i]));
  return (feats) => {
    const z = Float64Array.from(model.bias);
    for (const f of feats) {
      const i = index.get(f);
      if (i !== undefined) for (let c = 0; c < NC; c++) z[c]! += model.weights[i * NC + c]!;
    }
    return z;
  };
}

function crossValidate(samples: readonly Sample[]): { threshold: number[]; report: string } {
  const random = prng(20261130);
  const fold = samples.map(() => Math.floor(random() * K));
  const scores: Float64Array[] = new Array(samples.length);
  for (let k = 0; k < K; k++) {
    const score = scorer(train(samples.filter((_, i) => fold[i] !== k)));
    samples.forEach((s, i) => {
      if (fold[i] === k) scores[i] = score(s.feats);
    });
  }
  const corpus = samples.map((s, i) => ({ s, z: scores[i]! })).filter(({ s }) => s.lang !== undefined);
  const threshold: number[] = [];
  const lines: string[] = ['category              thresh   recall(model alone)   FP nl     FP en'];
  for (let c = 0; c < NC; c++) {
    let t = MIN_THRESHOLD;
    for (const lang of ['nl', 'en'] as const) {
      const neg = corpus.filter(({ s }) => s.lang === lang && s.label === -1);
      const allowed = Math.floor(FP_PER_CATEGORY * neg.length);
      const z = neg.filter(({ s }) => !s.ruleCats.has(c)).map(({ z }) => z[c]!).sort((a, b) => b - a);
      // Fire only strictly above the (allowed+1)-th highest negative score.
      if (z.length > allowed) t = Math.max(t, z[allowed]! + 0.01);
    }
    t = Math.round(t * 100) / 100;
    threshold.push(t);
    const pos = corpus.filter(({ s }) => s.label === c);
    const rec = pos.filter(({ z }) => z[c]! >= t).length;
    const fp = (lang: Language) => {
      const neg = corpus.filter(({ s }) => s.lang === lang && s.label === -1);
      return `${neg.filter(({ s, z }) => !s.ruleCats.has(c) && z[c]! >= t).length}/${neg.length}`;
    };
    lines.push(
      `${CATEGORIES[c]!.padEnd(20)} ${t.toFixed(2).padStart(7)}   ${`${rec}/${pos.length}`.padStart(8)} ${((100 * rec) / pos.length).toFixed(1).padStart(6)}%    ${fp('nl').padStart(8)}  ${fp('en').padStart(8)}`,
    );
  }
  for (const lang of ['nl', 'en'] as const) {
    const neg = corpus.filter(({ s }) => s.lang === lang && s.label === -1);
    const any = neg.filter(({ s, z }) => threshold.some((t, c) => !s.ruleCats.has(c) && z[c]! >= t)).length;
    const pos = corpus.filter(({ s }) => s.lang === lang && s.label >= 0);
    const rec = pos.filter(({ s, z }) => z[s.label]! >= threshold[s.label]!).length;
    lines.push(`${lang}: negatives the model would nudge ${any}/${neg.length} (${((100 * any) / neg.length).toFixed(1)}%), positives it finds alone ${rec}/${pos.length} (${((100 * rec) / pos.length).toFixed(1)}%)`);
  }
  return { threshold, report: lines.join('\n') };
}

function render(model: Trained, threshold: number[]): string {
  const lines: string[] = [];
  model.vocab.forEach((f, i) => {
    const parts: string[] = [];
    for (let c = 0; c < NC; c++) {
      const v = Math.round(model.weights[i * NC + c]! * 100);
      if (v !== 0) parts.push(`${c}:${v}`);
    }
    if (parts.length > 0) lines.push(`${f}\t${parts.join(' ')}`);
  });
  return `// Generated by scripts/train-model.ts from tests/corpus/messages.jsonl and the rules' examples.
// Do not edit by hand. Regenerate: npx tsx scripts/train-model.ts  (check: --check)
import type { ModelData } from './model';

export const MODEL: ModelData = {
  categories: ${JSON.stringify(CATEGORIES)},
  bias: ${JSON.stringify([...model.bias])},
  threshold: ${JSON.stringify(threshold)},
  features: ${JSON.stringify(lines.join('\n'))},
};
`;
}

/** The file's text as the trainer would write it, and the cross-validation report. */
export function generate(): { text: string; report: string } {
  const samples = buildSamples();
  const { threshold, report } = crossValidate(samples);
  const text = render(train(samples), threshold);
  return { text, report };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const { text, report } = generate();
  console.log(report);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s, ${text.length} bytes)`);
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'model-data.ts is up to date' : 'model-data.ts differs: run npx tsx scripts/train-model.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
}

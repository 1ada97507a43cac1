import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchNormalised } from '../../src/detector/engine';
import { normalise } from '../../src/detector/normalise';
import { parseRegExp, requiredLiterals, type Node } from '../../src/detector/prefilter';
import { ALL_RULES } from '../../src/detector/rules';
import type { RuleDef } from '../../src/detector/types';
import { prng } from '../../scripts/prng';

/**
 * The oracle for the prefilter tests (prefilter*.test.ts): the engine without a prefilter, every
 * text the project has, and text generated to hit the patterns. The prefilter
 * (src/detector/prefilter/) must never change a result: matchNormalised with it must give exactly
 * the rule ids that testing every pattern of every rule gives. The checks are spread over a few
 * test files so that vitest's workers share them (together they are the slowest part of the suite).
 */

/**
 * The engine without a prefilter, plainly: every rule, every pattern, on every text, rule by rule
 * (each regular expression then runs on many texts in a row, and its machine code stays in the
 * processor's caches). `exhaustive` below gives the same results faster; prefilter-generated.test.ts
 * checks that on a sample.
 */
export function naive(texts: readonly string[], rules: readonly RuleDef[]): string[][] {
  const out = texts.map((): string[] => []);
  for (const rule of rules) {
    const hit = texts.map((t) => t.length > 0 && rule.patterns.some((p) => p.test(t)));
    texts.forEach((t, i) => {
      if (hit[i] && !rule.unless?.some((p) => p.test(t))) out[i]!.push(rule.id);
    });
  }
  return out;
}

/**
 * A pattern part that can match a line break ("\s", "\W", "\D", a negated class, an escape of a
 * control character or by code, a backreference, a line break written into the source) or assert
 * on one ("\B"). Patterns without any can be tried on many texts at once (`Chunks`).
 */
const CAN_MATCH_NEWLINE = /\\[sWDBnrtfvuxc0-9]|\[\^|[\n\r\u2028\u2029]/;

/** How many texts a chunk joins into one string. */
const CHUNK = 48;

/**
 * Texts joined by "\n" into chunks, to find quickly which of them a pattern can match. A pattern
 * none of whose parts can match a line break, given the `m` flag (so that `^` and `$` hold at each
 * text's start and end), matches a chunk wherever it matches one of its texts: "\n" is to `\b`, to
 * a lookaround and to `.` just what the start or end of the string is. So a chunk it does not
 * match holds no text it matches, and only the texts of the chunks it matches need to be tried one
 * by one (a match only across texts costs just that retry). Texts with a line break of their own
 * are always tried.
 */
export class Chunks {
  private readonly chunks: { joined: string; members: number[] }[] = [];
  private readonly single: number[] = [];

  constructor(readonly texts: readonly string[]) {
    let members: number[] = [];
    const flush = () => {
      if (members.length > 0) this.chunks.push({ joined: members.map((i) => texts[i]).join('\n'), members });
      members = [];
    };
    texts.forEach((t, i) => {
      if (t.length === 0) return;
      if (/[\n\r\u2028\u2029]/.test(t)) this.single.push(i);
      else {
        members.push(i);
        if (members.length === CHUNK) flush();
      }
    });
    flush();
  }

  /** Indices of the non-empty texts any of `patterns` may match (every non-empty one if a pattern cannot be joined). */
  candidates(patterns: readonly RegExp[]): number[] {
    if (patterns.some((p) => p.flags !== '' || CAN_MATCH_NEWLINE.test(p.source))) {
      return this.texts.flatMap((t, i) => (t.length > 0 ? [i] : []));
    }
    const lines = patterns.map((p) => new RegExp(p.source, 'm'));
    const out: number[] = [];
    for (const chunk of this.chunks) if (lines.some((l) => l.test(chunk.joined))) out.push(...chunk.members);
    return out.concat(this.single);
  }
}

/**
 * The engine without a prefilter: every rule, every pattern, on a batch of texts, with exactly
 * the results of `naive` in about half the time: each pattern is tried only on the texts of the
 * chunks it matches (`Chunks`).
 */
export function exhaustive(texts: readonly string[], rules: readonly RuleDef[]): string[][] {
  const out = texts.map((): string[] => []);
  const chunks = new Chunks(texts);
  const hit = new Uint8Array(texts.length);
  for (const rule of rules) {
    hit.fill(0);
    for (const p of rule.patterns) {
      for (const i of chunks.candidates([p])) if (hit[i] === 0 && p.test(texts[i]!)) hit[i] = 1;
    }
    texts.forEach((t, i) => {
      if (hit[i] === 1 && !rule.unless?.some((p) => p.test(t))) out[i]!.push(rule.id);
    });
  }
  return out;
}

export const root = join(__dirname, '../..');

/** Every `text` string anywhere in a JSON Lines file (messages, conversations, transcripts). */
export function textsOf(file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      walk(JSON.parse(line));
    } catch {
      // not this test's business
    }
  }
  return out;
}

export const jsonl = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(root, dir, f));

export const exampleTexts = ALL_RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
export const corpusTexts = jsonl('tests/corpus').flatMap(textsOf);
export const transcriptTexts = jsonl('examples').flatMap(textsOf);

export const patternsOf = (rules: readonly RuleDef[]) => rules.flatMap((r) => [...r.patterns, ...(r.unless ?? [])]);

/** A random string the pattern's syntax tree describes (it may still fail \b or a lookaround). */
export function sample(node: Node, rand: () => number, out: string[]): void {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  switch (node.t) {
    case 'set':
      out.push(pick(node.strings));
      return;
    case 'char':
      out.push(node.chars ? pick(node.chars) : pick([' ', ' ', 'a', 'e', 'n', 'o', 's', 't', 'x', '?', "'", '1']));
      return;
    case 'seq':
      for (const item of node.items) sample(item, rand, out);
      return;
    case 'alt':
      sample(pick(node.items), rand, out);
      return;
    case 'rep': {
      const extra = Math.floor(rand() * 3);
      const n = Math.min(node.max, node.min + extra);
      for (let i = 0; i < n; i++) sample(node.item, rand, out);
      return;
    }
    case 'assert':
    case 'look':
      return;
  }
}

export const words = [...new Set([...exampleTexts, ...corpusTexts].flatMap((t) => normalise(t).split(' ')))];

/** Strings built from each pattern's syntax tree (mostly matches, some near misses). */
export function samples(patterns: readonly RegExp[], rand: () => number, perPattern: number): string[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (const p of patterns) {
    let node: Node;
    try {
      node = parseRegExp(p.source, p.flags);
    } catch {
      continue;
    }
    for (let i = 0; i < perPattern; i++) {
      const parts: string[] = [];
      if (rand() < 0.5) parts.push(pick(words), ' ');
      sample(node, rand, parts);
      if (rand() < 0.5) parts.push(' ', pick(words));
      let s = parts.join('');
      // Near misses: cut a piece out, or double a character.
      const r = rand();
      if (r < 0.15 && s.length > 2) {
        const at = Math.floor(rand() * s.length);
        s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 3));
      } else if (r < 0.25 && s.length > 0) {
        const at = Math.floor(rand() * s.length);
        s = s.slice(0, at) + s[at] + s.slice(at);
      }
      out.push(s);
    }
  }
  return out;
}

/** Samples of every pattern, then literals and words spliced together, then random text. */
export function generated(rules: readonly RuleDef[], seed: number, perPattern: number): string[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const patterns = patternsOf(rules);
  const literals = [...new Set(patterns.flatMap((p) => requiredLiterals(p) ?? []))];
  const out = samples(patterns, rand, perPattern);
  // Literals and words spliced together, with and without spaces.
  for (let i = 0; i < 3000; i++) {
    const n = 1 + Math.floor(rand() * 6);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) {
      const piece = rand() < 0.5 ? pick(literals) : pick(words);
      const start = rand() < 0.2 ? Math.floor(rand() * piece.length) : 0;
      parts.push(piece.slice(start));
    }
    out.push(parts.join(rand() < 0.7 ? ' ' : pick(['', '  ', '?', ' ? '])));
  }
  // Random text over the characters normalised text is made of, and a few others.
  const alphabet = "abcdefghijklmnopqrstuvwxyz          0123456789?'/@ABCZéö\u00e0ΚКк\u212a\u017f\n";
  for (let i = 0; i < 2000; i++) {
    const n = Math.floor(rand() * 120);
    let s = '';
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(s);
  }
  return out;
}

/**
 * Each text normalised, and (withRaw) also as it is: matchNormalised must agree on any string with
 * `reference` (by default running every rule without the prefilter).
 */
export function expectSameResults(
  texts: readonly string[],
  rules: readonly RuleDef[] = ALL_RULES,
  withRaw = true,
  reference: (texts: readonly string[], rules: readonly RuleDef[]) => string[][] = exhaustive,
): number {
  const tried = texts.flatMap((raw) => {
    const n = normalise(raw);
    return withRaw && n !== raw ? [n, raw] : [n];
  });
  const full = reference(tried, rules);
  const differences: { text: string; prefiltered: string[]; reference: string[] }[] = [];
  let firing = 0;
  tried.forEach((text, i) => {
    const fast = matchNormalised(text, rules).map((m) => m.rule);
    const expected = full[i]!;
    if (expected.length > 0) firing++;
    if (fast.join() !== expected.join()) differences.push({ text, prefiltered: fast, reference: expected });
  });
  expect(differences.slice(0, 10)).toEqual([]);
  return firing;
}

/**
 * Every fourth text of tests/corpus/, from `part` (0 to 3): the corpus is checked in four files
 * so that vitest's workers share it and no one test nears its time limit (two halves until session
 * 31, when the corpus passed 100,000 lines and a half took 298 of its 300 seconds on a two-core
 * machine). Normalised only, as matchText hands them over: with the corpus past 14,000 messages,
 * their raw forms too doubled the slowest test of the suite. Raw forms are covered by the rule
 * examples, the transcripts and the generated text.
 */
export const CORPUS_PARTS = 4;

export function corpusPartTest(part: number): void {
  describe('the prefilter gives exactly the results of running every rule', { timeout: 300_000 }, () => {
    test(`tests/corpus texts, part ${part + 1} of ${CORPUS_PARTS}`, () => {
      const texts = corpusTexts.filter((_, i) => i % CORPUS_PARTS === part);
      expect(texts.length).toBeGreaterThan(200);
      expectSameResults(texts, ALL_RULES, false);
    });
  });
}

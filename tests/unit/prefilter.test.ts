import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchNormalised } from '../../src/detector/engine';
import { normalise } from '../../src/detector/normalise';
import { buildPrefilter, parseRegExp, requiredLiterals, type Node } from '../../src/detector/prefilter';
import { ALL_RULES } from '../../src/detector/rules';
import type { RuleDef } from '../../src/detector/types';

/**
 * The prefilter (src/detector/prefilter.ts) must never change a result: matchNormalised with it
 * must give exactly the rule ids that testing every pattern of every rule gives. This file checks
 * that on every text the project has and on generated text built to hit the patterns, and checks
 * the analysis itself per pattern: whenever a pattern matches a text, the text contains one of the
 * pattern's required literals.
 */

/** The engine without a prefilter: every rule, every pattern. */
function exhaustive(normalised: string, rules: readonly RuleDef[]): string[] {
  if (normalised.length === 0) return [];
  return rules
    .filter((rule) => rule.patterns.some((p) => p.test(normalised)) && !rule.unless?.some((p) => p.test(normalised)))
    .map((rule) => rule.id);
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const root = join(__dirname, '../..');

/** Every `text` string anywhere in a JSON Lines file (messages, conversations, transcripts). */
function textsOf(file: string): string[] {
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

const jsonl = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(root, dir, f));

const exampleTexts = ALL_RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
const corpusTexts = jsonl('tests/corpus').flatMap(textsOf);
const transcriptTexts = jsonl('examples').flatMap(textsOf);

const patternsOf = (rules: readonly RuleDef[]) => rules.flatMap((r) => [...r.patterns, ...(r.unless ?? [])]);

/** A random string the pattern's syntax tree describes (it may still fail \b or a lookaround). */
function sample(node: Node, rand: () => number, out: string[]): void {
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

/** Strings that match the patterns (and near misses), built from their syntax trees and literals. */
function generated(rules: readonly RuleDef[], seed: number, perPattern: number): string[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const patterns = patternsOf(rules);
  const literals = [...new Set(patterns.flatMap((p) => requiredLiterals(p) ?? []))];
  const words = [...new Set([...exampleTexts, ...corpusTexts].flatMap((t) => normalise(t).split(' ')))];
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

function expectSameResults(texts: readonly string[], rules: readonly RuleDef[] = ALL_RULES): void {
  const differences: { text: string; prefiltered: string[]; exhaustive: string[] }[] = [];
  for (const raw of texts) {
    for (const text of [normalise(raw), raw]) {
      const fast = matchNormalised(text, rules).map((m) => m.rule);
      const full = exhaustive(text, rules);
      if (fast.join() !== full.join()) differences.push({ text, prefiltered: fast, exhaustive: full });
    }
  }
  expect(differences.slice(0, 10)).toEqual([]);
}

describe('the prefilter gives exactly the results of running every rule', () => {
  test('rule examples (match and noMatch)', () => {
    expect(exampleTexts.length).toBeGreaterThan(100);
    expectSameResults(exampleTexts);
  });

  test('tests/corpus texts', () => {
    expect(corpusTexts.length).toBeGreaterThan(400);
    expectSameResults(corpusTexts);
  });

  test('examples/*.jsonl transcripts', () => {
    expect(transcriptTexts.length).toBeGreaterThan(10);
    expectSameResults(transcriptTexts);
  });

  test('generated text built from the patterns, spliced literals and random text', () => {
    const texts = generated(ALL_RULES, 1, 4);
    expect(texts.length).toBeGreaterThan(5000);
    expectSameResults(texts);
  });
});

describe('the analysis', () => {
  test('whenever a pattern matches, the text holds one of its required literals', () => {
    const texts = [...exampleTexts, ...corpusTexts, ...transcriptTexts]
      .map(normalise)
      .concat(generated(ALL_RULES, 2, 6));
    const fold = (s: string) => s.replace(/[A-Z]+/g, (u) => u.toLowerCase());
    const folded = texts.map(fold);
    const failures: string[] = [];
    let matches = 0;
    for (const p of patternsOf(ALL_RULES)) {
      const literals = requiredLiterals(p);
      if (!literals) continue;
      texts.forEach((t, i) => {
        if (!p.test(t)) return;
        matches++;
        if (!literals.some((l) => folded[i]!.includes(l))) failures.push(`${p} on ${JSON.stringify(t)} needs ${JSON.stringify(literals)}`);
      });
    }
    // The generated texts really exercise the patterns.
    expect(matches).toBeGreaterThan(patternsOf(ALL_RULES).length * 3);
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('nearly every rule is prefiltered', () => {
    const { stats } = buildPrefilter(ALL_RULES);
    console.log(
      `prefilter: ${stats.rules} rules, ${stats.patterns} patterns, ${stats.literals} literals, ` +
        `${stats.states} automaton states × ${stats.classes} classes, built in ` +
        `${stats.analyseMs.toFixed(1)} + ${stats.automatonMs.toFixed(1)} ms; always run: ` +
        `${stats.alwaysRules.length} rules [${stats.alwaysRules.join(', ')}], ${stats.alwaysPatterns.length} patterns`,
    );
    for (const a of stats.alwaysPatterns) console.log(`  always run: ${a.rule} ${a.where} /${a.source.slice(0, 100)}/`);
    expect(stats.alwaysRules.length).toBeLessThanOrEqual(Math.ceil(stats.rules * 0.05));
  });

  // Hand-written cases for the parts of the analysis the rule data may not exercise.
  test.each([
    [/\bfoto\b/, ['foto']],
    [/fo+to/, ['oto']],
    [/\b(?:stuu?r|zend)\b/, ['stur', 'zend', 'stuur']],
    [/.{0,20}\bkik\b/, ['kik']],
    [/(?:a|b)?xyz/, ['xyz']],
    [/ab|cd/, ['ab', 'cd']],
    [/ab|c?d/, ['ab', 'd']],
    [/ab|.d/, ['ab', 'd']],
    [/ab|./, null],
    [/(?!foto)snap/, ['snap']],
    [/(?=.*\bsnap\b).*/, ['snap']],
    [/(?<=de )foto/, ['foto']],
    [/[sz]ex/, ['sex', 'zex']],
    [/SeX/, ['sex']],
    [/sex/i, ['sex']],
    [/kik/iu, ['i']], // k folds with the Kelvin sign under iu
    [/\bé\b/i, null],
    [/(a)\1/, null],
    [/x{2,3}/, ['xx']],
    [/(?:ab){2}/, ['abab']],
    [/\d+/, null],
    [/^$/, null],
    [/foo/g, null],
    [/a\.b\?c\/d/, ['a.b?c/d']],
  ] as [RegExp, string[] | null][])('%s needs %j', (pattern, expected) => {
    const got = requiredLiterals(pattern);
    if (expected === null) expect(got).toBeNull();
    else expect([...(got ?? [])].sort()).toEqual([...expected].sort());
  });

  test('a rule set with patterns the analysis cannot read still gives the same results', () => {
    const odd: RuleDef[] = [
      { id: 'en.secrecy.a', category: 'secrecy', severity: 'low', note: 'test rule: backreference', patterns: [/(\w)\1{3}/], examples: { match: [], noMatch: [] } },
      { id: 'en.secrecy.b', category: 'secrecy', severity: 'low', note: 'test rule: case', patterns: [/KIK|snap/i], unless: [/nope/], examples: { match: [], noMatch: [] } },
      { id: 'en.secrecy.c', category: 'secrecy', severity: 'low', note: 'test rule: unicode', patterns: [/\p{Lu}x/u, /é+/], examples: { match: [], noMatch: [] } },
      { id: 'en.secrecy.d', category: 'secrecy', severity: 'low', note: 'test rule: plain', patterns: [/\bsnap\b/], unless: [/\bsnap nope\b/], examples: { match: [], noMatch: [] } },
    ];
    const texts = ['aaaa', 'KIK', 'kik', 'snap', 'snap nope', 'Éx', 'ééé', 'ab', 'snap nope aaaa', 'SNAP', 'nope kik'];
    expectSameResults(texts, odd);
    expect(buildPrefilter(odd).stats.alwaysRules).toEqual(['en.secrecy.a', 'en.secrecy.c']);
  });
});

import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/detector/rules';
import { normalise } from '../../src/detector/normalise';
import { exampleTexts, exhaustive, expectSameResults, generated, naive } from './prefilter-oracle';

// The prefilter against the engine without it on the rule examples and on text generated to hit
// the patterns (prefilter-oracle.ts).
// Correctness, not speed: these run every rule on thousands of texts, which on a busy machine
// takes longer than vitest's default 5 s.
describe('the prefilter gives exactly the results of running every rule', { timeout: 300_000 }, () => {
  test('rule examples (match and noMatch)', () => {
    expect(exampleTexts.length).toBeGreaterThan(100);
    expectSameResults(exampleTexts);
  });

  test('the oracle: texts joined into chunks give exactly what each text on its own gives', () => {
    // A sample of the rule examples and of generated text, raw and normalised, with texts that have
    // line breaks, empty ones, and the anchored and lookaround patterns of every rule.
    const raw = [...exampleTexts.filter((_, i) => i % 10 === 0), ...generated(ALL_RULES, 7, 1).filter((_, i) => i % 6 === 0)];
    const texts = [...raw.map(normalise), ...raw, '', 'snap me\nsnap me', 'ben je alleen\n', '\nsend nudes'];
    expect(texts.filter((t) => t.includes('\n')).length).toBeGreaterThan(20);
    const joined = exhaustive(texts, ALL_RULES);
    expect(joined).toEqual(naive(texts, ALL_RULES));
    expect(joined.filter((ids) => ids.length > 0).length).toBeGreaterThan(500);
  });

  test('generated text built from the patterns, spliced literals and random text', () => {
    const texts = generated(ALL_RULES, 1, 3);
    expect(texts.length).toBeGreaterThan(5000);
    const firing = expectSameResults(texts);
    console.log(`generated: ${texts.length} texts, ${firing} (normalised or raw) on which some rule fires`);
    // The positive paths are exercised, not only the quiet ones.
    expect(firing).toBeGreaterThan(1000);
  });
});

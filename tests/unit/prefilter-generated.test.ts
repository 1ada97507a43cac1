import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/detector/rules';
import { exampleTexts, expectSameResults, generated } from './prefilter-oracle';

// The prefilter against the engine without it on the rule examples and on text generated to hit
// the patterns (prefilter-oracle.ts).
// Correctness, not speed: these run every rule on thousands of texts, which on a busy machine
// takes longer than vitest's default 5 s.
describe('the prefilter gives exactly the results of running every rule', { timeout: 300_000 }, () => {
  test('rule examples (match and noMatch)', () => {
    expect(exampleTexts.length).toBeGreaterThan(100);
    expectSameResults(exampleTexts);
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

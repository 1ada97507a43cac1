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

  // In two halves, each within its own time limit (whole, it took 329 s on a busy machine).
  const texts = generated(ALL_RULES, 1, 3);
  test.each([0, 1])('generated text built from the patterns, spliced literals and random text, half %i', (half) => {
    expect(texts.length).toBeGreaterThan(5000);
    const firing = expectSameResults(texts.filter((_, i) => i % 2 === half));
    console.log(`generated, half ${half}: ${Math.ceil(texts.length / 2)} of ${texts.length} texts, ${firing} (normalised or raw) on which some rule fires`);
    // The positive paths are exercised, not only the quiet ones.
    expect(firing).toBeGreaterThan(500);
  });
});

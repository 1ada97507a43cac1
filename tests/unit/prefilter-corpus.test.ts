import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/detector/rules';
import { corpusTexts, expectSameResults } from './prefilter-oracle';

// The prefilter against the engine without it on every text of tests/corpus/ (prefilter-oracle.ts).
// Correctness, not speed: these run every rule on thousands of texts, which on a busy machine
// takes longer than vitest's default 5 s.
describe('the prefilter gives exactly the results of running every rule', { timeout: 300_000 }, () => {
  // Normalised only, as matchText hands them over: with the corpus past 14,000 messages, their raw
  // forms too doubled the slowest test of the suite. Raw forms are covered by the rule examples,
  // the transcripts and the generated text.
  test('tests/corpus texts', () => {
    expect(corpusTexts.length).toBeGreaterThan(400);
    expectSameResults(corpusTexts, ALL_RULES, false);
  });
});

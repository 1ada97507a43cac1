import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../src/detector/types';
import { evaluate } from '../../src/detector/policy';
import { matchText, prepareRules } from '../../src/detector/engine';

const categories = new Set<string>(CATEGORIES);
const severities = new Set<string>(SEVERITIES);

/** Strings a hostile page or a broken site could hand the detector. */
const awkward = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }), // lone surrogates included
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u200b', '\ufeff', '\u202e', 'a', 'ä', '0', ' ', '.', '?', '📸', '\ud800', '\udfff', 'а', 'ο'), maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

// Build the prefilter once up front, so the first property run does not pay for it (slow on a
// busy machine): the tests time the detector on odd input, not the build.
beforeAll(() => {
  while (!prepareRules(1000));
});

describe('the detector on any input', () => {
  test('never throws and returns well-formed signals', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        for (const match of matchText(text)) {
          expect(categories.has(match.category)).toBe(true);
          expect(severities.has(match.severity)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('whole conversations of arbitrary messages keep indexes and categories valid', () => {
    const message = fc.record({ from: fc.constantFrom('them' as const, 'me' as const), text: awkward });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 12 }), fc.constantFrom('low' as const, 'standard' as const, 'high' as const), (messages, sensitivity) => {
        const { signals, nudges } = evaluate(messages, sensitivity);
        for (const item of [...signals, ...nudges]) {
          expect(item.index).toBeGreaterThanOrEqual(0);
          expect(item.index).toBeLessThan(messages.length);
          expect(messages[item.index]?.from).toBe('them');
          expect(categories.has(item.category)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a 1 MB message is read, by its first part, without throwing', () => {
    const huge = 'ben je alleen thuis? '.repeat(10) + 'a'.repeat(1_000_000);
    expect(matchText(huge).map((m) => m.category)).toContain('alone_check');
  });
});

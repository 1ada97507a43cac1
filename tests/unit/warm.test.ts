import { describe, expect, test } from 'vitest';
import { compiledNow, testWarm } from '../../src/detector/warm';

// The warm-up (issue 4) only changes when V8 compiles an expression, never what it matches: a
// rule that fires without it fires with it, also for expressions that keep state (g, y flags).
describe('warm-up of regular expressions', () => {
  test.each([
    [/\bben je alleen thuis\b/, 'hey ben je alleen thuis?', true],
    [/\bben je alleen thuis\b/, 'ik ben alleen thuis', false],
    [/\b(?:send|stuur) (?:me )?(?:a )?pic\b/g, 'send me a pic', true],
    [/\u0000/, 'no control characters here', false],
    [/^$/, '', true],
  ])('%s on "%s" gives %s, first use and later', (re, text, expected) => {
    const fresh = new RegExp(re.source, re.flags);
    expect(testWarm(fresh, text)).toBe(expected);
    if (fresh.global) fresh.lastIndex = 0;
    expect(testWarm(fresh, text)).toBe(expected);
  });

  test('keeps lastIndex, so a clause tested from a start index starts there', () => {
    const re = compiledNow(/foto/g);
    re.lastIndex = 5;
    compiledNow(re);
    expect(re.lastIndex).toBe(5);
    expect(re.test('foto foto')).toBe(true);
    expect(re.lastIndex).toBe(9);
    re.lastIndex = 6;
    expect(compiledNow(re).test('foto foto')).toBe(false);
  });
});

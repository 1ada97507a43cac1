import { checkSync } from 'recheck';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/detector/rules';

/**
 * Every pattern must run in linear time on any input (../shared/DESIGN.md section 1): a chat
 * page can hold text written by an attacker. recheck proves it per pattern, or finds an attack
 * string; anything but 'safe' (including 'unknown', e.g. a timeout) fails the rule.
 */
const patterns = ALL_RULES.flatMap((rule) => [
  ...rule.patterns.map((p, i) => ({ id: rule.id, where: `patterns[${i}]`, p })),
  ...(rule.unless ?? []).map((p, i) => ({ id: rule.id, where: `unless[${i}]`, p })),
]);

// Per pattern recheck usually takes milliseconds, but the fuzz checker can take seconds.
const PER_PATTERN_MS = 20_000;

/**
 * Bounded gaps such as `.{0,40}` are linear, but above recheck's default maxRepeatCount (30) it
 * hands the pattern to its fuzzer, which reports them as "2nd degree polynomial". The automaton
 * checker is exact for such patterns, so raise the limits that decide when it is used.
 * Unbounded gaps (`.*`, `[^.]*` between words) are still found: V8 retries them from every start
 * position, which is quadratic.
 */
const PARAMS = { maxRepeatCount: 1_000, maxNFASize: 100_000, timeout: PER_PATTERN_MS - 2_000 } as const;

describe('patterns are safe from catastrophic backtracking (recheck)', () => {
  test('there are patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  test.each(patterns.map((x) => [`${x.id} ${x.where}`, x] as const))(
    '%s',
    (_name, { id, where, p }) => {
      const result = checkSync(p.source, p.flags, PARAMS);
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}; attack: ${result.attack.pattern}`
          : result.status === 'unknown'
            ? `${result.error.kind}${'message' in result.error ? `: ${result.error.message}` : ''}`
            : '';
      expect(result.status, `${id} ${where} ${p} is ${result.status} ${detail}`).toBe('safe');
    },
    PER_PATTERN_MS,
  );
});

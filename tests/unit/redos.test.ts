import { checkSync, type Diagnostics } from 'recheck';
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

const CHECK_MS = 15_000;
const PER_PATTERN_MS = 2 * CHECK_MS + 5_000;

/**
 * recheck's own choice of checker first. A bounded gap such as `.{0,40}` is linear, but above
 * recheck's maxRepeatCount (30) the pattern goes to the fuzzer, which then reports
 * "2nd degree polynomial (fuzz)". When the fuzzer says so, ask the automaton checker, which is
 * exact for such patterns, with limits raised so it accepts the bounded repeats. It still
 * finds unbounded gaps between words (`\bje\b[^.]*\balleen`), which V8 retries from every start
 * position: quadratic. (Raising the limits for every pattern instead makes the automaton time
 * out on patterns like `(?:\w+ ){0,4}`, which the fuzzer handles in milliseconds.)
 */
function check(p: RegExp): Diagnostics {
  const first = checkSync(p.source, p.flags, { timeout: CHECK_MS });
  if (first.status !== 'vulnerable' || !first.complexity.isFuzz) return first;
  const exact = checkSync(p.source, p.flags, {
    checker: 'automaton',
    maxRepeatCount: 1_000,
    maxNFASize: 100_000,
    timeout: CHECK_MS,
  });
  return exact.status === 'safe' ? exact : first;
}

function explain(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}; attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}`;
  return '';
}

describe('patterns are safe from catastrophic backtracking (recheck)', () => {
  test('there are patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  test.each(patterns.map((x) => [`${x.id} ${x.where}`, x] as const))(
    '%s',
    (_name, { id, where, p }) => {
      const result = check(p);
      expect(result.status, `${id} ${where} ${p} is ${result.status}: ${explain(result)}`).toBe('safe');
    },
    PER_PATTERN_MS,
  );
});

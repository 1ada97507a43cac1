import { mkdirSync, writeFileSync } from 'node:fs';
import { checkSync, type Diagnostics } from 'recheck';
import { afterAll, describe, expect, test } from 'vitest';
import type { RuleDef } from '../../src/detector/types';
import { CACHE_DIR, cacheFileOf, cacheKey, readVerdicts, VERDICT_LOG } from './redos-log';

/**
 * The ReDoS check, run by tests/unit/redos-nl.test.ts and redos-en.test.ts. Every pattern must
 * run in linear time on any input (../shared/DESIGN.md section 1): a chat page can hold text
 * written by an attacker. recheck proves it per pattern or finds an attack string; anything but
 * 'safe' (including 'unknown', e.g. a timeout) fails the rule.
 */

const FIRST_MS = 5_000;
const SECOND_MS = 20_000;
export const PER_PATTERN_MS = FIRST_MS + SECOND_MS + 15_000;

/**
 * recheck's fuzzer by default stops each trial match after a wall-clock time (attackTimeout,
 * incubationTimeout, seedingTimeout) and counts a stopped match as slow, so on a busy machine it
 * reports linear patterns as "2nd degree polynomial (fuzz)", differently from run to run.
 * Without those time limits it counts steps (attackLimit, incubationLimit) with a fixed seed:
 * the same verdict every time. Only the overall `timeout` stays, so a check always ends.
 */
const DETERMINISTIC = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

/**
 * recheck's own choice of checker first; where its answer is inconclusive, the other checker:
 * - The automaton checker (exact) times out on some patterns, typically `(?:\w+ )?` between
 *   word lists: ask the fuzzer, the checker recheck itself uses for patterns the automaton
 *   cannot handle. (`(?:\w{1,20} )?` is proved by the automaton in milliseconds.)
 * - The fuzzer times out or reports a polynomial: above maxRepeatCount (30) recheck hands
 *   bounded gaps such as `.{0,40}` to the fuzzer, so ask the exact automaton with limits raised
 *   to accept them. It still finds the real problem, an unbounded gap between words
 *   (`\bje\b[^.]*\balleen`), which V8 retries from every start position: quadratic.
 */
export function check(source: string, flags: string): Diagnostics {
  const first = checkSync(source, flags, { ...DETERMINISTIC, timeout: FIRST_MS });
  const timedOut = first.status === 'unknown' && first.error.kind === 'timeout';
  if (timedOut && first.checker === 'automaton') {
    const fuzz = checkSync(source, flags, { ...DETERMINISTIC, checker: 'fuzz', timeout: SECOND_MS });
    return fuzz.status === 'unknown' ? first : fuzz;
  }
  if (timedOut || (first.status === 'vulnerable' && first.complexity.isFuzz)) {
    const exact = checkSync(source, flags, { checker: 'automaton', maxRepeatCount: 1_000, maxNFASize: 100_000, timeout: SECOND_MS });
    return exact.status === 'safe' || first.status === 'unknown' ? exact : first;
  }
  return first;
}

function explain(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}; attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}`;
  return '';
}

/** REDOS_NO_CACHE=1: prove every pattern again, trusting neither the verdict log nor the cache. */
const useCache = process.env.REDOS_NO_CACHE !== '1';

/**
 * The test over every pattern and `unless` pattern of `rules`. Split by language into files of
 * their own, so that on a clean machine (no cache) the two halves run on two cores at once;
 * each part keeps its own cache file, so parallel files never overwrite each other's verdicts.
 */
export function describeSafePatterns(part: string, rules: readonly RuleDef[]): void {
  const patterns = rules.flatMap((rule) => [
    ...rule.patterns.map((p, i) => ({ id: rule.id, where: `patterns[${i}]`, p })),
    ...(rule.unless ?? []).map((p, i) => ({ id: rule.id, where: `unless[${i}]`, p })),
  ]);
  const cacheFile = cacheFileOf(part);
  // Verdicts already proved: the repository's log and this machine's cache (redos-log.ts).
  const safe = new Set<string>(useCache ? [...readVerdicts(VERDICT_LOG), ...readVerdicts(cacheFile)] : []);

  afterAll(() => {
    if (!useCache) return;
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify([...safe].sort()));
  });

  describe(`${part} patterns are safe from catastrophic backtracking (recheck)`, () => {
    test('there are patterns to check', () => {
      expect(patterns.length).toBeGreaterThan(0);
    });

    test.each(patterns.map((x) => [`${x.id} ${x.where}`, x] as const))(
      '%s',
      (_name, { id, where, p }) => {
        const key = cacheKey(p);
        if (safe.has(key)) return;
        const result = check(p.source, p.flags);
        expect(result.status, `${id} ${where} ${p} is ${result.status}: ${explain(result)}`).toBe('safe');
        safe.add(key);
      },
      PER_PATTERN_MS,
    );
  });
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the ReDoS check (redos.ts) remembers the patterns it has proved safe.
 *
 * - The verdict log, tests/unit/redos-verdicts.json, is in the repository: the key of every
 *   pattern proved safe, written by `npm run redos:record` after the check has run. check() is
 *   deterministic (fixed seed, no wall-clock limits per trial), so a logged key needs no second
 *   proof, and a clean clone re-checks only the patterns added or changed since the last
 *   recording. Proving all ~2,700 patterns again takes 7–13 minutes on two cores, most of CI's
 *   time budget.
 * - node_modules/.cache/heads-up/redos-safe-<part>.json: verdicts of local runs, per test file.
 * REDOS_NO_CACHE=1 ignores both and proves every pattern again.
 * Bump STRATEGY when check() becomes stricter, so earlier verdicts are not trusted.
 */
const STRATEGY = 'v1';
const recheckVersion: string = createRequire(import.meta.url)('recheck/package.json').version;

const here = dirname(fileURLToPath(import.meta.url));
export const VERDICT_LOG = join(here, 'redos-verdicts.json');
export const CACHE_DIR = join(here, '../../node_modules/.cache/heads-up');
export const cacheFileOf = (part: string) => join(CACHE_DIR, `redos-safe-${part}.json`);

export const cacheKey = (p: RegExp) => `${recheckVersion} ${STRATEGY} /${p.source}/${p.flags}`;

/** The keys in a verdict file, or none if it does not exist yet. */
export function readVerdicts(file: string): string[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  } catch {
    return [];
  }
}

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // One worker per core, not vitest's default of one fewer: the ReDoS test's worker mostly
    // waits for recheck's own process, so the other test files can run beside it (on 2 cores a
    // cold run takes about 250 s instead of 350 s).
    maxWorkers: availableParallelism(),
    // Tests check behaviour, not speed (speed is `npm run bench`): the first detector call in a
    // file builds the rule set's prefilter, which on a busy two-core machine can pass vitest's
    // default 5 s limit.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

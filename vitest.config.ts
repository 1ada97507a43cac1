import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing';

/**
 * The prefilter checks take most of the suite's time (minutes each, against seconds for the rest).
 * Vitest starts the files it has timings for longest first, but on a clean clone it has none and
 * starts the largest files first, which put these small files last and left one worker idle while
 * the other finished them. They start first here, longest first, spread over the workers.
 */
const HEAVY = [
  'prefilter.test.ts',
  'prefilter-generated.test.ts',
  'prefilter-corpus-1.test.ts',
  'prefilter-corpus-2.test.ts',
  'prefilter-corpus-3.test.ts',
  'prefilter-corpus-4.test.ts',
];

class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = HEAVY.indexOf(basename(file.moduleId));
      return at < 0 ? HEAVY.length : at;
    };
    return (await super.sort(files)).map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // One worker per core, not vitest's default of one fewer: the ReDoS test's worker mostly
    // waits for recheck's own process, so the other test files can run beside it.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: HeavyFirst },
    // Tests check behaviour, not speed (speed is `npm run bench`): the first detector call in a
    // file builds the rule set's prefilter, which on a busy two-core machine can pass vitest's
    // default 5 s limit.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

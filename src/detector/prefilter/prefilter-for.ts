/**
 * The prefilter of each rule set, built once and kept while the rule set lives: on first use, or
 * ahead of it in slices of idle time (`preparePrefilter`), so that the first message does not pay
 * for the build.
 */
import type { RuleDef } from '../types';
import { building, type Clock } from './build';
import type { Prefilter } from './scan';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface Build {
  steps: Generator<void, Prefilter, void>;
  clock: Clock;
}

/** Runs a build until it is done (its prefilter) or `deadline` has passed (null). */
function advance(build: Build, deadline: number): Prefilter | null {
  const { steps, clock } = build;
  for (;;) {
    const phase = clock.phase;
    const t = now();
    const step = steps.next();
    const after = now();
    clock.ms[phase] += after - t;
    if (step.done) {
      const stats = step.value.stats;
      stats.analyseMs = clock.ms[0];
      stats.automatonMs = clock.ms[1];
      return step.value;
    }
    if (after >= deadline) return null;
  }
}

const newBuild = (rules: readonly RuleDef[], denseLimit?: number): Build => {
  const clock: Clock = { phase: 0, ms: [0, 0] };
  return { steps: building(rules, clock, denseLimit), clock };
};

/**
 * A rule set's prefilter, built now in one go. `denseLimit` (tests only) gives fewer states a
 * full row than the 16-bit limit does, so that the automaton's sparse tail can be tested.
 */
export function buildPrefilter(rules: readonly RuleDef[], denseLimit?: number): Prefilter {
  return advance(newBuild(rules, denseLimit), Infinity)!;
}

/** Per rule-set array: its prefilter, or its build in progress. */
const cache = new WeakMap<readonly RuleDef[], { length: number; prefilter: Prefilter | null; build: Build | null }>();

function entryFor(rules: readonly RuleDef[]) {
  let entry = cache.get(rules);
  if (!entry || entry.length !== rules.length) {
    entry = { length: rules.length, prefilter: null, build: null };
    cache.set(rules, entry);
  }
  return entry;
}

/**
 * The prefilter of a rule set: built on first use (or finished, if `preparePrefilter` started
 * it) and kept while the array lives. Rule sets must not be changed in place after that.
 */
export function prefilterFor(rules: readonly RuleDef[]): Prefilter {
  const entry = entryFor(rules);
  if (entry.prefilter) return entry.prefilter;
  entry.prefilter = advance(entry.build ?? newBuild(rules), Infinity)!;
  entry.build = null;
  return entry.prefilter;
}

/**
 * Builds a rule set's prefilter for at most about `budgetMs` now, to be called again (e.g. in
 * idle time) until it returns true: then the first message does not pay for the build.
 */
export function preparePrefilter(rules: readonly RuleDef[], budgetMs: number): boolean {
  const entry = entryFor(rules);
  if (entry.prefilter) return true;
  entry.build ??= newBuild(rules);
  entry.prefilter = advance(entry.build, now() + budgetMs);
  if (entry.prefilter) entry.build = null;
  return entry.prefilter !== null;
}

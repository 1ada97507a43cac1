import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareRules } from '../../src/detector/engine';
import { evaluate } from '../../src/detector/policy';
import type { Sender, Sensitivity } from '../../src/detector/types';

/**
 * Shared conversation suites (tests/suites/*.json): whole chats with the nudges a teen should see
 * at each sensitivity, as [message index, category]. One generic test runs them all.
 */
interface Suite {
  id: string;
  about: string;
  messages: [Sender, string][];
  expect: Partial<Record<Sensitivity, [number, string][]>>;
}

const suites = JSON.parse(readFileSync(resolve(__dirname, '../suites/conversations.json'), 'utf8')) as Suite[];

// Build the rule set's prefilter and load the model before the first suite, so that no single
// test pays for it (on a busy two-core machine that took over the 5 s test limit).
beforeAll(() => {
  while (!prepareRules(1_000));
}, 60_000);

describe.each(suites)('$id: $about', (suite) => {
  const messages = suite.messages.map(([from, text]) => ({ from, text }));
  test.each(Object.entries(suite.expect) as [Sensitivity, [number, string][]][])('at %s', (sensitivity, expected) => {
    const { nudges } = evaluate(messages, sensitivity);
    expect(nudges.map((n) => [n.index, n.category])).toEqual(expected);
  });
});

import { beforeAll, describe, expect, test } from 'vitest';
import { matchNormalised, prepareRules } from '../../src/detector/engine';
import { normalise } from '../../src/detector/normalise';
import { RULES_BY_LANGUAGE } from '../../src/detector/rules';
import type { Language, RuleDef } from '../../src/detector/types';

/**
 * A rule's `unless` list names the lookalikes it must stay quiet on. It must never accept words a
 * groomer can simply add to switch the rule off: a laugh ("stuur nog 1 foto of ik deel ze haha")
 * or the teen's own parent named by the other person ("je mama hoeft het niet te weten", "dont
 * tell ur mum"), which is a secrecy move in itself. Each probe is added before and after every
 * match example of every rule; the rule must still fire on at least one of the two (a pattern
 * anchored at the message's end may miss the other).
 */
const PROBES: Record<Language, Record<string, string[]>> = {
  nl: {
    laugh: ['haha', 'hahaha', 'lol', 'xd', 'grapje', 'jk'],
    'their parent': ['je moeder hoeft het niet te weten', 'niks tegen je mama zeggen', 'je vader merkt niks', 'zeg niks tegen je ouders', 'je oma hoeft dit niet te zien'],
  },
  en: {
    laugh: ['haha', 'hahaha', 'lol', 'lmao', 'xd', 'jk'],
    'their parent': ['dont tell ur mum', 'your mom doesnt need to know', 'ur dad wont find out', 'dont tell ur parents', 'your nan doesnt have to see this'],
  },
};

/** Whether `rule` fires on `text` (matched with its language's whole rule set, whose prefilter is built once). */
function fires(rule: RuleDef, lang: Language, text: string): boolean {
  return matchNormalised(normalise(text), RULES_BY_LANGUAGE[lang]).some((m) => m.rule === rule.id);
}

// Build each language's prefilter once up front (slow on a busy machine).
beforeAll(() => {
  for (const lang of Object.keys(PROBES) as Language[]) while (!prepareRules(1000, RULES_BY_LANGUAGE[lang]));
}, 240_000);

describe('no rule can be switched off by an added laugh or the teen\'s parent named by the other person', () => {
  for (const lang of Object.keys(PROBES) as Language[]) {
    for (const [kind, probes] of Object.entries(PROBES[lang])) {
      test(`${lang}: ${kind}`, () => {
        const escaped: string[] = [];
        for (const rule of RULES_BY_LANGUAGE[lang]) {
          for (const example of rule.examples.match) {
            if (!fires(rule, lang, example)) continue; // rules.test.ts reports that
            for (const probe of probes) {
              if (!fires(rule, lang, `${example} ${probe}`) && !fires(rule, lang, `${probe}, ${example}`)) escaped.push(`${rule.id}: "${example}" + "${probe}"`);
            }
          }
        }
        expect(escaped).toEqual([]);
      });
    }
  }
});

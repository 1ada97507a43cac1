import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CATEGORIES } from '../../src/detector/types';

const load = (lang: string) => parse(readFileSync(resolve(__dirname, '../../locales', `${lang}.yml`), 'utf8')) as Record<string, unknown>;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

const en = flatten(load('en'));
const nl = flatten(load('nl'));

describe('locales', () => {
  test('Dutch and English have exactly the same keys', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('no text is empty, and placeholders match', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(nl.get(key)?.trim(), key).not.toBe('');
      expect((nl.get(key) ?? '').match(/\$\d/g) ?? [], key).toEqual(text.match(/\$\d/g) ?? []);
    }
  });

  test.each(CATEGORIES)('every nudge text exists for %s', (category) => {
    for (const part of ['category', 'nudge.what', 'nudge.tactic', 'nudge.more']) {
      expect(en.has(`${part}.${category}`), `${part}.${category}`).toBe(true);
    }
  });

  test('a nudge fits in about 40 words before the buttons (VOICE.md)', () => {
    for (const [messages, lang] of [[en, 'en'], [nl, 'nl']] as const) {
      for (const category of CATEGORIES) {
        const opener = category === 'threat_sextortion' ? 'nudge.openerUrgent' : 'nudge.opener';
        const words = [opener, `nudge.what.${category}`, `nudge.tactic.${category}`]
          .map((k) => messages.get(k) ?? '')
          .join(' ')
          .split(/\s+/).length;
        expect(words, `${lang} ${category}`).toBeLessThanOrEqual(45);
      }
    }
  });

  test('never uses words that label or scare (VOICE.md)', () => {
    const banned = /\b(predator|dader|slachtoffer|verdacht|gevaarlijk persoon|groomer|pedo)/i;
    for (const [key, text] of [...en, ...nl]) expect(text, key).not.toMatch(banned);
  });
});

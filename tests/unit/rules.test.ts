import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CATEGORIES, LANGUAGES, SEVERITIES } from '../../src/detector/types';
import { matchText, prepareRules } from '../../src/detector/engine';
import { ALL_RULES, RULES_BY_LANGUAGE } from '../../src/detector/rules';

const rulesDir = join(__dirname, '../../src/detector/rules');

// Build the prefilter once up front, so the first example does not pay for it (slow on a busy machine).
beforeAll(() => {
  while (!prepareRules(1000));
}, 120_000);

describe('rule data', () => {
  test('rule ids are unique and name their language and category', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of LANGUAGES) {
      for (const rule of RULES_BY_LANGUAGE[lang]) {
        expect(rule.id.startsWith(`${lang}.${rule.category}.`), rule.id).toBe(true);
        expect(CATEGORIES).toContain(rule.category);
        expect(SEVERITIES).toContain(rule.severity);
        expect(rule.note.length, rule.id).toBeGreaterThan(10);
      }
    }
  });

  test('every rule file in a language folder is registered', () => {
    for (const lang of LANGUAGES) {
      // words.ts holds shared word classes, not rules.
      const files = readdirSync(join(rulesDir, lang)).filter((f) => f !== 'index.ts' && f !== 'words.ts' && f.endsWith('.ts'));
      const registered = new Set(RULES_BY_LANGUAGE[lang].map((r) => r.category as string));
      for (const file of files) expect(registered, `${lang}/${file}`).toContain(file.replace(/\.ts$/, ''));
    }
  });

  test('patterns are stateless (no g or y flag)', () => {
    for (const rule of ALL_RULES) {
      for (const p of [...rule.patterns, ...(rule.unless ?? [])]) {
        expect(p.flags, `${rule.id} ${p}`).not.toMatch(/[gy]/);
      }
    }
  });

  test('every skipped word or gap is bounded (\\w{1,20}, .{0,20}), never + or *', () => {
    // An unbounded run between words (`(?: \w+)?`, `[a-z']+ `, `.*`) may still be linear, but
    // recheck (redos-nl/redos-en.test.ts) then needs its slow checkers and can time out on a busy machine:
    // every pattern must be proved linear, and quickly. A pattern anchored at the start
    // (`^(?!.*…)…`) is tried once per text, not from every position, so it may use them.
    const unbounded = /(?<!\\)(?:\\[wWsSdD]|\.|\])[+*]/;
    for (const rule of ALL_RULES) {
      for (const p of [...rule.patterns, ...(rule.unless ?? [])]) {
        if (!p.source.startsWith('^')) expect(p.source, `${rule.id} ${p}`).not.toMatch(unbounded);
      }
    }
  });

  test('every rule has examples both ways', () => {
    for (const rule of ALL_RULES) {
      expect(rule.examples.match.length, rule.id).toBeGreaterThanOrEqual(3);
      expect(rule.examples.noMatch.length, rule.id).toBeGreaterThanOrEqual(3);
    }
  });
});

const positives = ALL_RULES.flatMap((rule) => rule.examples.match.map((text) => [rule.id, text] as const));
const negatives = ALL_RULES.flatMap((rule) => rule.examples.noMatch.map((text) => [rule.id, text] as const));

describe('rule examples', () => {
  test.each(positives)('%s fires on %j', (id, text) => {
    expect(matchText(text, ALL_RULES).map((m) => m.rule)).toContain(id);
  });

  test.each(negatives)('%s stays quiet on %j', (id, text) => {
    expect(matchText(text, ALL_RULES).map((m) => m.rule)).not.toContain(id);
  });
});

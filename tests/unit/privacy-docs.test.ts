import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { privacyKeys, privacyMarkdown } from '../../src/ui/privacy-sections';

// docs/PRIVACY*.md and the privacy.html page say the same thing, word for word (issue 5).
const root = resolve(__dirname, '../..');
const locale = (lang: string) => parse(readFileSync(resolve(root, 'locales', `${lang}.yml`), 'utf8')) as Record<string, unknown>;

function lookup(messages: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof value !== 'string') throw new Error(`missing ${key}`);
  return value;
}

function leaves(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

/** The document without its leading comment and the developers' appendix. */
function pageText(file: string): string {
  const text = readFileSync(resolve(root, 'docs', file), 'utf8').replace(/^<!--[\s\S]*?-->\s*/, '');
  return text.split(/\n## (?:For developers|Voor ontwikkelaars)/)[0]!.trimEnd() + '\n';
}

describe.each([
  ['en', 'PRIVACY.md'],
  ['nl', 'PRIVACY.nl.md'],
])('privacy text in %s', (lang, file) => {
  const messages = locale(lang);

  test(`docs/${file} is the privacy page, word for word`, () => {
    expect(pageText(file)).toBe(privacyMarkdown((key) => lookup(messages, key)));
  });

  test('the page shows every key of the privacy section (no forgotten text)', () => {
    const shown = new Set([...privacyKeys(), 'privacy.link']);
    expect(leaves(messages.privacy, 'privacy').filter((key) => !shown.has(key))).toEqual([]);
  });

  test('the document names the storage it promises and no network use', () => {
    const text = pageText(file);
    expect(text).toMatch(lang === 'en' ? /salted hash/ : /gezouten hash/);
    expect(text).toMatch(lang === 'en' ? /never sends anything over the internet/ : /stuurt nooit iets over internet/);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * Every word the teen sees comes from locales/. This test reads the source of the extension's
 * pages, popup and nudge and fails on user-facing text written in code (JSX text, labels, titles,
 * a nudge element's `text`), and on a `t('key')` whose key is missing from the locales.
 */

const root = resolve(__dirname, '../..');
const SOURCE_DIRS = ['src/ui', 'src/nudge', 'src/help', 'entrypoints'];
/** Attributes a screen reader or a tooltip speaks. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
/** Symbols that are not words: a close cross, arrows, bullets, separators. */
const NOT_WORDS = /^[\s×✕←→↗·•|/:–—()\-+0-9.,!?%]*$/;

function sourceFiles(dir: string): string[] {
  const full = resolve(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function visit(file: string): { hardCoded: Finding[]; keys: Finding[] } {
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hardCoded: Finding[] = [];
  const keys: Finding[] = [];
  const at = (node: ts.Node, text: string): Finding => ({
    file: relative(root, file),
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text,
  });
  const isWords = (text: string) => !NOT_WORDS.test(text) && /\p{L}{2,}/u.test(text);

  const walk = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isWords(node.text)) hardCoded.push(at(node, node.text.trim()));
    if (ts.isJsxAttribute(node) && node.initializer && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer.text
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteralLike(node.initializer.expression)
          ? node.initializer.expression.text
          : '';
      if (isWords(value)) hardCoded.push(at(node, value));
    }
    // The nudge builds elements with `el(doc, tag, { text: … })`.
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'text' && ts.isStringLiteralLike(node.initializer) && isWords(node.initializer.text)) {
      hardCoded.push(at(node, node.initializer.text));
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      const [first] = node.arguments;
      if ((callee === 't' || callee === 'i18n.t') && first && ts.isStringLiteralLike(first)) keys.push(at(node, first.text));
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return { hardCoded, keys };
}

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const results = files.map(visit);

describe('user-facing text lives in locales/', () => {
  test('the scan finds the extension pages and the nudge', () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toContain('src/ui/popup.tsx');
    expect(names).toContain('src/nudge/card.ts');
    expect(results.flatMap((r) => r.keys).length).toBeGreaterThan(20);
  });

  test('no words are written in code', () => {
    expect(results.flatMap((r) => r.hardCoded).map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  test.each(['en', 'nl'])('every t() key used in code exists in %s.yml', (lang) => {
    const known = new Set(flatKeys(parse(readFileSync(resolve(root, 'locales', `${lang}.yml`), 'utf8'))));
    const missing = results.flatMap((r) => r.keys).filter((f) => !known.has(f.text));
    expect(missing.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  test('the checker itself catches hard-coded text', () => {
    const probe = resolve(root, 'tests/unit/fixtures-ui-text/probe.tsx');
    const { hardCoded, keys } = visit(probe);
    expect(hardCoded.map((f) => f.text)).toEqual(['Secret message', 'Close this', 'Turn it off']);
    expect(keys.map((f) => f.text)).toEqual(['popup.title']);
  });
});

/**
 * `npm run size`: how big the content script is, and what it is made of.
 *
 * Builds the Chrome extension once more with source maps into a temporary directory (the normal
 * build in .output/ is left as it is), then attributes every byte of
 * content-scripts/chat.js to the source file it came from, groups the files into areas, and
 * prints raw and gzip -9 sizes per area. An area's gzip size is that of its bytes compressed on
 * their own, so the areas add up to a little more than the whole file.
 * The target (DESIGN.md section 4, issue 4): the content script at most 60 KB gzipped.
 * Prints PASS/FAIL but always exits 0: it is a measurement, not a gate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const TARGET_GZIP = 60 * 1024;
const ROOT = resolve(import.meta.dirname, '..');
const AREAS: [string, RegExp][] = [
  ['detector rules (src/detector/rules)', /src\/detector\/rules\//],
  ['detector engine, normaliser, prefilter, policy', /src\/detector\//],
  ['site adapters (src/sites)', /src\/sites\//],
  ['nudge (src/nudge)', /src\/nudge\//],
  ['settings (src/settings)', /src\/settings\//],
  ['watcher (entrypoints/chat.content)', /entrypoints\/chat\.content\//],
  ['zod', /node_modules\/zod\//],
  ['webextension-polyfill', /node_modules\/webextension-polyfill\//],
  ['wxt, i18n and other packages', /node_modules\//],
];
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const out = mkdtempSync(join(tmpdir(), 'heads-up-size-'));
try {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, HU_SOURCEMAP: '1', HU_OUT_DIR: out }, stdio: 'ignore' });
  const file = join(out, 'chrome-mv3', 'content-scripts', 'chat.js');
  const code = readFileSync(file, 'utf8');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStart.push(i + 1);
  const marks: { at: number; source: string }[] = [];
  consumer.eachMapping((m) => marks.push({ at: lineStart[m.generatedLine - 1]! + m.generatedColumn, source: m.source ?? '' }));
  marks.sort((a, b) => a.at - b.at);
  const parts = new Map<string, string[]>();
  const put = (area: string, text: string) => (parts.get(area) ?? parts.set(area, []).get(area)!).push(text);
  put('unmapped (bundler glue)', code.slice(0, marks[0]?.at ?? code.length));
  marks.forEach((mark, i) => {
    const area = AREAS.find(([, re]) => re.test(mark.source))?.[0] ?? (mark.source ? 'other source' : 'unmapped (bundler glue)');
    put(area, code.slice(mark.at, marks[i + 1]?.at ?? code.length));
  });
  // Without the source-map comment, as in the normal build.
  const shipped = code.replace(/\n?\/\/# sourceMappingURL=.*$/, '');
  const total = { raw: Buffer.byteLength(shipped), gz: gzip(shipped) };
  console.log(`content-scripts/chat.js  ${total.raw.toLocaleString('en')} B raw, ${total.gz.toLocaleString('en')} B gzip -9 (${kb(total.gz)})\n`);
  console.log(`${'area'.padEnd(50)} ${'raw'.padStart(10)} ${'gzip alone'.padStart(11)}`);
  const rows = [...parts].map(([area, texts]) => ({ area, text: texts.join('') })).sort((a, b) => b.text.length - a.text.length);
  for (const { area, text } of rows) console.log(`${area.padEnd(50)} ${kb(Buffer.byteLength(text)).padStart(10)} ${kb(gzip(text)).padStart(11)}`);
  const rules = rows.find((r) => r.area.startsWith('detector rules'))?.text ?? '';
  const rest = rows.filter((r) => !r.area.startsWith('detector rules')).map((r) => r.text).join('');
  console.log(`\nrules alone ${kb(gzip(rules))} gzip; everything else together ${kb(gzip(rest))} gzip`);
  console.log(`content script ${kb(total.gz)} gzip (target ≤ ${kb(TARGET_GZIP)})  ${total.gz <= TARGET_GZIP ? 'PASS' : 'FAIL'}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

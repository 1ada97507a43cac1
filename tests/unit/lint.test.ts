// @vitest-environment node
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The privacy lint rule (eslint.config.js) on in-memory code, through ESLint's Node API: it must
// fire on every network API (DESIGN.md section 6) and stay quiet on ordinary extension code.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'eslint.config.js') });

async function problems(code: string, file = 'src/sample.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN: [string, string][] = [
  ['fetch', `export const go = () => fetch('https://example.com/x');`],
  ['window.fetch', `export const go = () => window.fetch('/x');`],
  ['globalThis["fetch"]', `export const go = () => globalThis['fetch']('/x');`],
  ['XMLHttpRequest', `export const x = new XMLHttpRequest();`],
  ['WebSocket', `export const s = new WebSocket('wss://example.com');`],
  ['EventSource', `export const e = new EventSource('/events');`],
  ['navigator.sendBeacon', `export const b = () => navigator.sendBeacon('https://example.com', 'x');`],
  ['a saved navigator.sendBeacon', `const nav = navigator; export const b = () => nav.sendBeacon('/x');`],
  ['importScripts', `importScripts('https://example.com/x.js');`],
  ['self.importScripts', `self.importScripts('https://example.com/x.js');`],
  ['new Request', `export const r = new Request('https://example.com');`],
  ['dynamic import of a URL', `export const m = () => import('https://example.com/m.js');`],
  ['dynamic import of a protocol-relative URL', `export const m = () => import('//example.com/m.js');`],
  ['dynamic import of a computed address', `export const m = (u: string) => import(u);`],
  ['dynamic import of a template address', 'export const m = (h: string) => import(`https://${h}/m.js`);'],
  ['static import from a URL', `import x from 'https://example.com/m.js'; export { x };`],
  ['WebTransport', `export const w = new WebTransport('https://example.com');`],
  ['RTCPeerConnection', `export const p = new RTCPeerConnection();`],
];

describe('the privacy lint rule', () => {
  test.each(FORBIDDEN)('fires on %s', async (_name, code) => {
    expect(await problems(code)).not.toEqual([]);
  });

  test('fires in entrypoints/ and in TSX', async () => {
    expect(await problems(`export const go = () => fetch('/x');`, 'entrypoints/background.ts')).not.toEqual([]);
    expect(await problems(`export const P = () => <button onClick={() => fetch('/x')}>x</button>;`, 'src/ui/sample.tsx')).not.toEqual([]);
  });

  test('an eslint-disable comment cannot switch it off', async () => {
    expect(await problems(`// eslint-disable-next-line\nexport const go = () => fetch('/x');`)).not.toEqual([]);
    expect(await problems(`/* eslint-disable */\nexport const s = new WebSocket('wss://x');`)).not.toEqual([]);
  });

  test('is quiet on ordinary extension code', async () => {
    const clean = `
      import { browser } from 'wxt/browser';
      import { z } from 'zod/mini';
      const Settings = z.object({ enabled: z.boolean() });
      export async function load() {
        const stored = await browser.storage.local.get('settings');
        const url = browser.runtime.getURL('/privacy.html');
        const lazy = await import('./local-module');
        const words = /\\b(?:pick|fetch|grab) (?:you|u) up\\b/;
        const request = { fetch: 1, sendBeaconLike: 2 };
        navigator.language;
        return { parsed: Settings.safeParse(stored.settings), url, lazy, words, request };
      }
    `;
    expect(await problems(clean)).toEqual([]);
    expect(await problems(`export const App = () => <a href="https://www.chatmetfier.nl" target="_blank">Fier</a>;`, 'src/ui/sample.tsx')).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(here, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function fixture(name: string): string {
  return readFileSync(resolve(here, '../fixtures', name), 'utf8');
}

/**
 * Launches Debian's Chromium with an unpacked extension (the built one unless `dir` says
 * otherwise) in a fresh profile, in `lang`, with Chromium's own background traffic switched off.
 * Routes are the caller's: most block every request (`launch` below).
 */
export async function launchChromium(
  lang: 'nl' | 'en',
  { dir = EXTENSION_DIR, prefix = 'heads-up-e2e-' }: { dir?: string; prefix?: string } = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
    ],
  });
  return { context, profile };
}

/** Launches Chromium with the built extension in a fresh profile, kept off the network. */
async function launch(lang: 'nl' | 'en'): Promise<{ context: BrowserContext; profile: string }> {
  const launched = await launchChromium(lang);
  await blockNetwork(launched.context);
  return launched;
}

/** Nothing reaches the internet: any request not routed to a fixture is refused. */
async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) => route.abort());
}

/** The extension's service worker (its URL's host is the extension id). */
export async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * One browser per test worker, for speed; before each test the extension's storage is cleared
 * and after it every tab and route is gone, so tests do not see each other. `freshContext`
 * gives a test a browser of its own from install on (the welcome page opens once on install).
 */
export const test = base.extend<
  { context: BrowserContext; extensionId: string; freshContext: BrowserContext },
  { lang: 'nl' | 'en'; sharedContext: BrowserContext }
>({
  /** The browser's language, which decides the extension's language. */
  lang: ['nl', { option: true, scope: 'worker' }],
  sharedContext: [
    async ({ lang }, use) => {
      const { context, profile } = await launch(lang);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, use) => {
    const worker = await serviceWorker(sharedContext);
    await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await use(sharedContext);
    for (const page of sharedContext.pages()) await page.close();
    await sharedContext.unrouteAll({ behavior: 'ignoreErrors' });
    await blockNetwork(sharedContext);
  },
  freshContext: async ({ lang }, use) => {
    const { context, profile } = await launch(lang);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await serviceWorker(context)).url()).host);
  },
});

export { expect };

export const NUDGE = 'heads-up-nudge';

/**
 * Finds an element inside the nudge's closed shadow root through the DevTools protocol
 * (DOM.getDocument with pierce: true), as DESIGN.md section 7 describes, and runs `fn` on it.
 */
export async function inNudge<T>(page: Page, className: string, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeId: number; backendNodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const find = (node: Node, inside: boolean): Node | undefined => {
      const classes = node.attributes?.[node.attributes.indexOf('class') + 1]?.split(' ') ?? [];
      if (inside && node.attributes?.includes('class') && classes.includes(className)) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const hit = find(child, inside || node.nodeName === 'HEADS-UP-NUDGE');
        if (hit) return hit;
      }
      return undefined;
    };
    const target = find(root as Node, false);
    if (!target) throw new Error(`no .${className} inside the nudge`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

export const click = (page: Page, className: string) => inNudge<void>(page, className, 'function () { this.click(); }');
export const textIn = (page: Page, className: string) => inNudge<string>(page, className, 'function () { return this.textContent; }');

/** What the extension keeps under `key` in its storage.local, read through its service worker. */
export async function stored(context: BrowserContext, key: string): Promise<unknown> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (name) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get(name))[name];
  }, key);
}

/** The weekly counts the popup shows, read from the extension's own storage. */
export async function nudgeCounts(context: BrowserContext): Promise<Record<string, number>> {
  const stats = (await stored(context, 'stats')) as { counts?: Record<string, number> } | undefined;
  return stats?.counts ?? {};
}

/** Opens the WhatsApp fixture on web.whatsapp.com (routed, never the internet), ready to chat. */
export async function openWhatsApp(context: BrowserContext): Promise<Page> {
  const html = fixture('whatsapp.html');
  await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  await page.goto('https://web.whatsapp.com/');
  await page.waitForFunction(() => 'chat' in window);
  return page;
}

/** A message from the other side arrives in a fixture chat. */
export const receive = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { chat: { receive(t: string): void } }).chat.receive(t), text);

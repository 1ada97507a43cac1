import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * End-to-end tests in Debian's Firefox ESR. Playwright cannot drive a stock Firefox, so these
 * tests use Playwright's test runner with puppeteer-core speaking WebDriver BiDi. One Firefox per
 * worker (the suite runs in one worker), with the built add-on (.output/firefox-mv2) installed
 * the way a teen's browser would have it.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const ADDON_DIR = resolve(here, '../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function fixture(name: string): string {
  return readFileSync(resolve(here, '../fixtures', name), 'utf8');
}

export interface Firefox {
  browser: Browser;
  /**
   * The welcome tab the add-on opens on install: an extension page (moz-extension://) the test
   * can run code in, e.g. to read the add-on's storage. Firefox refuses to open extension pages
   * from automation, so this tab is kept open and reused.
   */
  extensionPage: Page;
}

async function launch(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the test reach the browser's own window (the toolbar), see clickToolbarButton().
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The browser's own prompt for an optional permission is part of the browser chrome, which
      // automation cannot click. With this pref Firefox grants a request made from a click in an
      // extension page at once; the request itself still needs a real click (user input).
      'extensions.webextOptionalPermissionPrompts': false,
      // Keep Firefox off the network.
      'network.dns.disableIPv6': true,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  try {
    await browser.installExtension(ADDON_DIR);
    return { browser, extensionPage: await extensionTab(browser, '/welcome.html') };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * A tab showing one of the add-on's pages (`/welcome.html`: opened by the add-on on install).
 * Over BiDi such a tab's URL is reported as about:blank; its document knows better.
 */
async function extensionTab(browser: Browser, pathAndQuery: string): Promise<Page> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(pathAndQuery)) return page;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no tab with the add-on's ${pathAndQuery}`);
}

/**
 * Opens an extension page in a new tab. Automation may not navigate to moz-extension:// pages,
 * so the add-on's own page opens it, as a link in the add-on would.
 */
export async function openExtensionPage(firefox: Firefox, tabs: Tabs, pathAndQuery: string): Promise<Page> {
  await firefox.extensionPage.evaluate((url) => void browser.tabs.create({ url }), pathAndQuery);
  return tabs.adopt(await extensionTab(firefox.browser, pathAndQuery));
}

type Send = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;

function bidi(browser: Browser): Send {
  const { connection } = browser as unknown as { connection: { send: Send } };
  return (method, params) => connection.send(method, params);
}

/** The browsing context of the browser's own window (browser.xhtml), if BiDi lets us reach it. */
async function browserWindow(browser: Browser): Promise<string | undefined> {
  const tree = (await bidi(browser)('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: { context: string; url: string }[];
  };
  return tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
}

/**
 * Why the toolbar cannot be clicked in this Firefox, or null when it can. Reaching the browser's
 * own window over WebDriver BiDi (`moz:scope: chrome`) came after Firefox 140 ESR, which is what
 * Debian bookworm ships now: there getTree lists only the tabs.
 */
export async function toolbarUnreachable(firefox: Firefox): Promise<string | null> {
  if (await browserWindow(firefox.browser)) return null;
  const version = await firefox.browser.version();
  return `${version} gives WebDriver BiDi no access to its own window (chrome scope), so its toolbar button cannot be clicked`;
}

/** Runs `expression` in the browser's own window (browser.xhtml, privileged), over BiDi. */
async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const send = bidi(browser);
  const window = await browserWindow(browser);
  if (!window) throw new Error('no browser window');
  const { result } = await send('script.evaluate', {
    expression,
    target: { context: window },
    awaitPromise: true,
    resultOwnership: 'none',
    'moz:scope': 'chrome',
  });
  if (result.type !== 'success') throw new Error(`in the browser window: ${JSON.stringify(result.exceptionDetails ?? result)}`);
  return (result.result as { value: T }).value;
}

/**
 * Clicks Heads Up's toolbar button while `page` is the selected tab, with the same effects as a
 * teen's click (Firefox's own triggerAction): the add-on gets activeTab for that tab and its
 * popup opens. The toolbar is browser chrome, which WebDriver cannot click; hence the
 * privileged script. Returns the address the opened popup shows, then closes the popup.
 */
export async function clickToolbarButton(firefox: Firefox, page: Page): Promise<string> {
  await page.bringToFront();
  const expectedUrl = page.url();
  return inBrowserWindow<string>(
    firefox.browser,
    `(async () => {
      const selected = window.gBrowser.selectedBrowser.currentURI.spec;
      if (selected !== ${JSON.stringify(expectedUrl)}) throw new Error('selected tab is ' + selected);
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const action = ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension);
      action.triggerAction(window);
      const popup = () => document.querySelector('browser[webextension-view-type="popup"]');
      for (let i = 0; i < 100 && !(popup() && popup().currentURI.spec.endsWith('/popup.html')); i++) await new Promise((r) => setTimeout(r, 100));
      const shown = popup() ? popup().currentURI.spec : '';
      if (shown) action.triggerAction(window); // a second click closes it
      return shown;
    })()`,
  );
}

export const ADDON_ID = 'heads-up@headsup.nl';

/**
 * `firefox`: the shared browser. `tabs`: opens tabs for one test and closes them after it; the
 * add-on's storage is cleared before each test so tests do not see each other.
 */
export const test = base.extend<{ tabs: Tabs }, { firefox: Firefox }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const firefox = await launch();
      await use(firefox);
      await firefox.browser.close();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  tabs: async ({ firefox }, use) => {
    await firefox.extensionPage.evaluate(() => browser.storage.local.clear());
    const tabs = new Tabs(firefox.browser);
    await use(tabs);
    await tabs.closeAll();
  },
});

declare const browser: typeof import('webextension-polyfill');

export { expect };

export class Tabs {
  private readonly opened: Page[] = [];
  constructor(private readonly browser: Browser) {}

  /**
   * Opens `url` in a new tab with `html` served as the page itself; every other request is
   * refused, so nothing reaches the internet. Requests are told apart by URL, because over
   * BiDi `request.resourceType()` is not available.
   */
  async serve(url: string, html: string): Promise<Page> {
    const page = await this.browser.newPage();
    this.opened.push(page);
    const documentUrl = url.replace(/#.*$/, '');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().replace(/#.*$/, '') === documentUrl) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        // Firefox 140 may already have let go of a request it reported (a favicon, say): refused either way.
        request.abort().catch(() => undefined);
      }
    });
    await page.goto(url);
    await page.waitForFunction(() => 'chat' in window);
    return page;
  }

  /** Opens `url` as it is (a local server, say), without interception. */
  async open(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    this.opened.push(page);
    await page.goto(url);
    await page.waitForFunction(() => 'chat' in window);
    return page;
  }

  /** Closes `page` after the test too. */
  adopt(page: Page): Page {
    this.opened.push(page);
    return page;
  }

  async closeAll(): Promise<void> {
    for (const page of this.opened.splice(0)) await page.close().catch(() => undefined);
  }
}

export const NUDGE = 'heads-up-nudge';

/** The nudges on a page, by what the page itself can see of them (the host element). */
export function nudges(page: Page): Promise<{ category: string | null; severity: string | null; text: string; shadow: boolean }[]> {
  return page.$$eval(NUDGE, (hosts) =>
    hosts.map((host) => ({
      category: host.getAttribute('data-category'),
      severity: host.getAttribute('data-severity'),
      text: host.textContent ?? '',
      shadow: host.shadowRoot !== null,
    })),
  );
}

/** The weekly counts the popup shows, read from the add-on's own storage. */
export function nudgeCounts(firefox: Firefox): Promise<Record<string, number>> {
  return firefox.extensionPage.evaluate(async () => {
    const { stats } = (await browser.storage.local.get('stats')) as { stats?: { counts?: Record<string, number> } };
    return stats?.counts ?? {};
  });
}

interface ChatWindow {
  chat: { receive(text: string): unknown; send(text: string): unknown; open(id: string, name: string): unknown };
}

export const receive = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.receive(t), text);
export const send = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.send(t), text);

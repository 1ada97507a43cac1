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
/** A test-only add-on that clicks Heads Up's toolbar button (see clickToolbarButton). */
const TOOLBAR_HELPER_DIR = resolve(here, 'toolbar-helper');
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
    extraPrefsFirefox: {
      // Lets the test helper add-on (toolbar-helper/) click the toolbar, see clickToolbarButton().
      // Honoured by ESR builds, for temporarily installed add-ons.
      'extensions.experiments.enabled': true,
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
    const extensionPage = await extensionTab(browser, '/welcome.html');
    await browser.installExtension(TOOLBAR_HELPER_DIR);
    return { browser, extensionPage };
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

/**
 * Clicks Heads Up's toolbar button while `page` is the selected tab, with the same effects as a
 * teen's click (Firefox's own triggerAction): the add-on gets activeTab for that tab and its
 * popup opens. The toolbar is browser chrome, which WebDriver cannot click, and Firefox 140 ESR
 * (Debian bookworm's) gives WebDriver BiDi no way into the browser window; so a test-only add-on
 * (toolbar-helper/, an experiment API run in the parent process) does it, asked by `page`
 * itself. Returns the address the opened popup showed, after closing the popup again.
 */
export async function clickToolbarButton(page: Page): Promise<string> {
  await page.bringToFront();
  const answer = await page.evaluate(
    (addonId, expectedUrl) =>
      new Promise<{ shown?: string; error?: string }>((done) => {
        const onMessage = (event: MessageEvent) => {
          const data = event.data as { toolbarHelperShown?: string; toolbarHelperError?: string } | null;
          if (!data || !('toolbarHelperShown' in data || 'toolbarHelperError' in data)) return;
          window.removeEventListener('message', onMessage);
          done({ shown: data.toolbarHelperShown, error: data.toolbarHelperError });
        };
        window.addEventListener('message', onMessage);
        window.postMessage({ toolbarHelper: addonId, expectedUrl }, '*');
        setTimeout(() => done({ error: 'the toolbar helper did not answer' }), 20_000);
      }),
    ADDON_ID,
    page.url(),
  );
  if (answer.error !== undefined) throw new Error(`toolbar click: ${answer.error}`);
  return answer.shown ?? '';
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

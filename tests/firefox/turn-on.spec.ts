import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { NUDGE, clickToolbarButton, expect, fixture, nudges, openExtensionPage, receive, test } from './firefox';

// "Switch on for this site" for a chat site Heads Up has no adapter for, on a page served by a
// local web server (http://127.0.0.1:<port>/chat.html). Everything is the shipped add-on:
// - the toolbar click is Firefox's own triggerAction (browser chrome cannot be clicked over
//   WebDriver; a test-only helper add-on runs it), which gives the add-on activeTab for the chat
//   tab, as a teen's click does;
// - the popup runs in a tab (popup.html?tab=<id>, as keyboard users can open it) and its
//   button is clicked with real input, so permissions.request runs from a user action;
// - Firefox's prompt for the optional permission is browser chrome as well: the test profile
//   turns that prompt off (extensions.webextOptionalPermissionPrompts = false), so the request
//   is granted as if the teen had said yes. What follows the grant runs for real: the
//   background registers the content script, starts it in the open tab, the generic reader
//   reads the chat and shows the nudge.

let server: Server;
let chatUrl: string;

const SCREENS = 'test-results/screens';

test.beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  const html = fixture('generic-chat.html');
  server = createServer((request, response) => {
    if (request.url === '/chat.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  chatUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat.html`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

const SITE = 'http://127.0.0.1/*';

function siteSection(popup: Page) {
  return popup.$eval('[data-testid="site"]', (section) => ({
    status: (section as HTMLElement).dataset.status,
    text: (section as HTMLElement).innerText,
  }));
}

/** What the add-on holds for the site: the granted origin and the registered content script. */
function addonState(popup: Page) {
  return popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
    const { origins = [] } = await api.permissions.getAll();
    const scripts = await api.scripting.getRegisteredContentScripts();
    return { origins: origins.filter((o) => o.startsWith('http://127.0.0.1')), scripts: scripts.map((s) => ({ id: s.id, matches: s.matches })) };
  });
}

async function nudgeCount(page: Page): Promise<number> {
  return (await page.$$(NUDGE)).length;
}

test('switch on for this site: the popup asks, Heads Up reads the page, switching off removes both', async ({ firefox, tabs }) => {
  const chat = await tabs.open(chatUrl);

  // The teen clicks Heads Up's toolbar button on the chat: the popup opens on it.
  expect(await clickToolbarButton(chat)).toMatch(/^moz-extension:\/\/[^/]+\/popup\.html$/);
  const chatTabId = await firefox.extensionPage.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
    // activeTab from the click lets the add-on see the chat tab's address.
    return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
  }, chatUrl);
  expect(chatTabId).toEqual(expect.any(Number));

  const popup = await openExtensionPage(firefox, tabs, `/popup.html?tab=${chatTabId}`);
  await popup.waitForSelector('[data-testid="site"]');
  expect(await siteSection(popup)).toEqual({ status: 'other-site', text: expect.stringContaining('127.0.0.1') });
  await popup.screenshot({ path: `${SCREENS}/firefox-popup-site-other.png`, fullPage: true });
  expect(await addonState(popup)).toEqual({ origins: [], scripts: [] });

  // "Switch on for this site", clicked for real.
  await (await popup.waitForSelector('[data-testid="site"] button'))!.click();
  await popup.waitForSelector('[data-testid="site"][data-status="teen-site"]');
  expect((await siteSection(popup)).text).toContain('127.0.0.1');
  await popup.screenshot({ path: `${SCREENS}/firefox-popup-site-on.png`, fullPage: true });
  await expect.poll(() => addonState(popup)).toEqual({ origins: [SITE], scripts: [{ id: 'heads-up-teen-sites', matches: [SITE] }] });

  // The open chat is read without a reload: an ordinary message first, then a grooming one.
  await receive(chat, 'morgen training om 4 uur?');
  await expect.poll(async () => {
    // The content script starts in the open tab right after the grant; until it reads, repeat.
    if ((await nudgeCount(chat)) === 0) await receive(chat, 'ben je alleen thuis?');
    return nudges(chat);
  }).toEqual([expect.objectContaining({ category: 'alone_check' })]);

  // After a reload the registered content script reads the page.
  await chat.reload();
  await chat.waitForFunction(() => 'chat' in window);
  const sent = Date.now();
  await receive(chat, 'stuur eens een foto van jezelf');
  await expect.poll(() => nudges(chat)).toEqual([expect.objectContaining({ category: 'photo_request' })]);
  const nudgedWithin = Date.now() - sent;

  // "Switch off for this site": the permission and the registration are gone.
  await (await popup.waitForSelector('[data-testid="site"][data-status="teen-site"] button'))!.click();
  await expect.poll(() => addonState(popup)).toEqual({ origins: [], scripts: [] });
  // The open tab stops at once, without a reload: its nudge goes, and a new message gets none.
  await expect.poll(() => nudgeCount(chat)).toBe(0);
  await receive(chat, 'ben je alleen thuis? stuur eens een foto van jezelf');
  await new Promise((done) => setTimeout(done, Math.max(2_000, 2 * nudgedWithin)));
  expect(await nudgeCount(chat)).toBe(0);
  // Opened again on the chat, the popup offers to switch it on again.
  await clickToolbarButton(chat);
  // (Automation may not reload an extension page; the page reloads itself.)
  await popup.evaluate(() => location.reload()).catch(() => undefined);
  await popup.waitForSelector('[data-testid="site"][data-status="other-site"]');

  // After a reload nothing reads the page: the same message gets no nudge, waiting twice as
  // long as the same page took to show it above.
  await chat.reload();
  await chat.waitForFunction(() => 'chat' in window);
  await receive(chat, 'stuur eens een foto van jezelf');
  await new Promise((done) => setTimeout(done, Math.max(2_000, 2 * nudgedWithin)));
  expect(await nudgeCount(chat)).toBe(0);
});

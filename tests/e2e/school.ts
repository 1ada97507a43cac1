import type { BrowserContext, Page } from '@playwright/test';
import { expect, fixture } from './extension';

// A school's managed policy, as the popup shows it. Chromium fills storage.managed only from real
// enterprise policy (files under /etc, or Google Admin), which a test should not write; so these
// tests give the popup page a stubbed chrome.storage.managed (what the browser would answer) and
// fire storage.onChanged for the 'managed' area the way the browser does when a policy changes.
// Everything else is the real build: the real parsing, the real popup.
export const OUT = 'test-results/screens';

export const POLICY = {
  schoolName: 'Da Vinci College',
  minimumSensitivity: 'standard',
  helpContact: { name: 'Mevrouw Jansen, vertrouwenspersoon', url: 'https://davinci.example.nl/hulp', phone: '010-123 4567' },
  alwaysOnSites: ['web.whatsapp.com'],
};

export type Stub = { policy: unknown; fire(policy: unknown): void };

/** Before the popup's own code runs: storage.managed answers `policy`; `__school.fire()` changes it. */
export async function stubManaged(page: Page, policy: unknown): Promise<void> {
  await page.addInitScript((initial) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { managed: object; onChanged: { addListener(fn: unknown): void } } } }).chrome;
    const listeners: ((changes: object, area: string) => void)[] = [];
    const stub: Stub = {
      policy: initial,
      fire(next) {
        stub.policy = next;
        for (const listener of listeners) listener({}, 'managed');
      },
    };
    (globalThis as unknown as { __school: Stub }).__school = stub;
    const get = (...args: unknown[]) => {
      const callback = args.find((a) => typeof a === 'function') as ((v: unknown) => void) | undefined;
      const value = structuredClone(stub.policy);
      if (callback) setTimeout(() => callback(value));
      else return Promise.resolve(value);
    };
    Object.defineProperty(chrome.storage, 'managed', { value: { get }, configurable: true });
    const add = chrome.storage.onChanged.addListener.bind(chrome.storage.onChanged);
    chrome.storage.onChanged.addListener = (fn: unknown) => {
      listeners.push(fn as (changes: object, area: string) => void);
      add(fn);
    };
  }, policy);
}

export async function setLocal(context: BrowserContext, settings: object): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }),
    { version: 1, enabled: true, sensitivity: 'low', pausedUntil: null, mutedChats: [], disabledSites: ['whatsapp'], ...settings },
  );
}

export async function openPopup(context: BrowserContext, extensionId: string, policy: unknown, query = ''): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 760 });
  await stubManaged(popup, policy);
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  await expect(popup.getByRole('switch')).toBeVisible();
  return popup;
}

export async function whatsappTab(context: BrowserContext): Promise<number> {
  const html = fixture('whatsapp.html');
  await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  await page.goto('https://web.whatsapp.com/');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await api.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]!.id;
  });
}


import type { BrowserContext } from '@playwright/test';
import { NUDGE, expect, test, openWhatsApp, receive } from './extension';

/*
 * Issue 5, "Bad data": whatever is in storage.local — wrong types, unknown keys, a future
 * version, a 1 MB value, half-written objects — the extension starts, keeps the teen's valid
 * choices, repairs the rest, shows the popup, and nudges still work.
 */

const MB = 1_000_000;
const HASH = 'a'.repeat(64);

type Stored = Record<string, unknown>;

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Replaces everything in storage.local, from the service worker. */
async function putInStorage(context: BrowserContext, items: Stored): Promise<void> {
  await (await worker(context)).evaluate(async (values) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(v: object): Promise<void> } } } }).chrome.storage.local;
    await local.clear();
    await local.set(values);
  }, items);
}

async function storedSettings(context: BrowserContext): Promise<Stored> {
  return (await worker(context)).evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Stored> } } } }).chrome.storage.local;
    return (await local.get('settings')).settings as Stored;
  });
}

const SENSITIVITY_LABEL = { low: 'Laag', standard: 'Normaal', high: 'Hoog' } as const;

interface Case {
  name: string;
  stored: Stored;
  /** What the teen chose and must keep; everything else at its default. */
  kept: { enabled: boolean; sensitivity: keyof typeof SENSITIVITY_LABEL; disabledSites: string[]; mutedChats: string[] };
}

const CASES: Case[] = [
  {
    name: 'a future version with unknown keys and a 1 MB value',
    stored: {
      settings: { version: 99, enabled: true, sensitivity: 'high', pausedUntil: null, mutedChats: [HASH], disabledSites: [], futureThing: { nested: [1, 2, { deep: true }] }, notes: 'x'.repeat(MB) },
      somethingElse: 'y'.repeat(MB),
      stats: { week: 'not a week', counts: { photo_request: -3, made_up: 'many' } },
    },
    kept: { enabled: true, sensitivity: 'high', disabledSites: [], mutedChats: [HASH] },
  },
  {
    name: 'every field of the wrong type',
    stored: { settings: { version: '1', enabled: 'yes', sensitivity: 7, pausedUntil: 'tomorrow', mutedChats: 'all of them', disabledSites: { whatsapp: true } }, salt: 12345, stats: [] },
    kept: { enabled: true, sensitivity: 'standard', disabledSites: [], mutedChats: [] },
  },
  {
    name: 'a half-written object',
    stored: { settings: { version: 1, sensitivity: 'low' }, stats: { week: '2026-W48' } },
    kept: { enabled: true, sensitivity: 'low', disabledSites: [], mutedChats: [] },
  },
  {
    name: 'lists with broken items among valid ones',
    stored: { settings: { version: 1, enabled: true, sensitivity: 'high', pausedUntil: -5, mutedChats: [HASH, 'Mark', 42, null], disabledSites: ['instagram', 42, '../../etc', 'x'.repeat(MB)] } },
    kept: { enabled: true, sensitivity: 'high', disabledSites: ['instagram'], mutedChats: [HASH] },
  },
  {
    name: 'settings that are not an object at all',
    stored: { settings: ['corrupted', { enabled: false }] },
    kept: { enabled: true, sensitivity: 'standard', disabledSites: [], mutedChats: [] },
  },
];

for (const { name, stored, kept } of CASES) {
  test(`garbage in storage (${name}): the popup keeps the teen's valid choices and nudges still work`, async ({ context, extensionId }) => {
    await putInStorage(context, stored);
    const errors: string[] = [];

    const popup = await context.newPage();
    popup.on('pageerror', (error) => errors.push(`popup: ${error.message}`));
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('switch')).toHaveAttribute('aria-checked', String(kept.enabled));
    await expect(popup.getByRole('radio', { name: SENSITIVITY_LABEL[kept.sensitivity] })).toBeChecked();
    await expect(popup.getByText('Nog geen deze week.')).toBeVisible();

    // Storage is repaired field by field: valid choices kept, the rest at its default.
    await expect
      .poll(() => storedSettings(context))
      .toEqual({ version: 1, enabled: kept.enabled, sensitivity: kept.sensitivity, pausedUntil: null, mutedChats: kept.mutedChats, disabledSites: kept.disabledSites, country: 'auto' });

    const chat = await openWhatsApp(context);
    chat.on('pageerror', (error) => errors.push(`chat: ${error.message}`));
    await receive(chat, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
    await expect(chat.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');

    // The popup keeps working: a new choice is saved over the repaired settings.
    await popup.bringToFront();
    await popup.getByRole('radio', { name: 'Normaal' }).check();
    await expect.poll(async () => (await storedSettings(context)).sensitivity).toBe('standard');
    expect(errors).toEqual([]);
  });
}

test('garbage written while the popup and a chat are open does not break them', async ({ context, extensionId }) => {
  const errors: string[] = [];
  const popup = await context.newPage();
  popup.on('pageerror', (error) => errors.push(`popup: ${error.message}`));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('radio', { name: 'Hoog' }).check();
  await expect.poll(async () => (await storedSettings(context)).sensitivity).toBe('high');
  const chat = await openWhatsApp(context);
  chat.on('pageerror', (error) => errors.push(`chat: ${error.message}`));

  // Another context (a broken update, a bad sync) writes nonsense under the open pages.
  await (await worker(context)).evaluate(async (mb) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local;
    await local.set({ settings: { version: 2, enabled: 'maybe', sensitivity: 'high', junk: 'z'.repeat(mb) }, stats: 'nope' });
  }, MB);

  await expect(popup.getByRole('radio', { name: 'Hoog' })).toBeChecked();
  await expect(popup.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
  await chat.bringToFront();
  await receive(chat, 'ben je alleen thuis?');
  await expect(chat.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
  expect(errors).toEqual([]);
});

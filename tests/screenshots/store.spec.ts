import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { NUDGE, click, expect, fixture, test } from '../e2e/extension';

/**
 * The pictures for the store listing and the README: the popup on a chat, a nudge on a chat,
 * the learn page and the options, in both languages. Each picture is checked to show the thing
 * it is named after before it is written.
 */
const OUT = 'docs/screenshots';

const receive = (page: Page, text: string) => page.evaluate((t) => (window as unknown as { chat: { receive(t: string): void } }).chat.receive(t), text);

const MESSAGES = {
  nl: { home: 'ben je alleen thuis? 🏠', pic: 'stuur eens een foto van jezelf' },
  en: { home: 'are you home alone rn? 🏠', pic: 'send me a pic of you' },
} as const;

test('nudge and popup on a chat', async ({ context, extensionId, lang }) => {
  mkdirSync(OUT, { recursive: true });
  await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: fixture('whatsapp.html'), contentType: 'text/html' }));
  const chat = await context.newPage();
  await chat.setViewportSize({ width: 1280, height: 800 });
  await chat.goto('https://web.whatsapp.com/');
  await chat.waitForFunction(() => 'chat' in window);
  await receive(chat, MESSAGES[lang].home);
  await expect(chat.locator(NUDGE)).toHaveCount(1);
  await click(chat, 'why');
  await chat.waitForTimeout(400); // the entry animation
  await chat.screenshot({ path: `${OUT}/nudge-${lang}.png` });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await api.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]?.id;
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('site')).toHaveAttribute('data-status', 'supported');
  await expect(popup.getByTestId('counts')).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup-${lang}.png`, fullPage: true });
});

test('learn page and options', async ({ context, extensionId, lang }) => {
  mkdirSync(OUT, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  for (const name of ['learn', 'options'] as const) {
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.screenshot({ path: `${OUT}/${name}-${lang}.png` });
  }
});

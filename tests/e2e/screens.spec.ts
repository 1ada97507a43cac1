import { mkdirSync } from 'node:fs';
import { NUDGE, click, expect, fixture, test } from './extension';

// Renders what a teen sees to PNG files in test-results/screens, to look at before calling UI
// work done. The assertions make sure each picture shows the thing it is named after.
const OUT = 'test-results/screens';

test('screens: popup, welcome and nudges', async ({ context, extensionId }) => {
  mkdirSync(OUT, { recursive: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 620 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('switch')).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup-nl.png`, fullPage: true });

  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 1000, height: 900 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
  await welcome.screenshot({ path: `${OUT}/welcome-nl.png`, fullPage: true });

  const html = fixture('whatsapp.html');
  await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  await page.goto('https://web.whatsapp.com/');
  await page.waitForFunction(() => 'chat' in window);
  await page.evaluate(() => (window as unknown as { chat: { receive(t: string): void } }).chat.receive('ben je alleen thuis? 🏠'));
  await expect(page.locator(NUDGE)).toHaveCount(1);
  await click(page, 'why');
  await page.waitForTimeout(400); // let the entry animation finish
  await page.screenshot({ path: `${OUT}/nudge-nl.png` });

  // The urgent variant, for threats.
  await click(page, 'fine');
  await page.evaluate(() => (window as unknown as { chat: { receive(t: string): void } }).chat.receive('als je niet betaalt stuur ik je foto naar iedereen'));
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/nudge-urgent-nl.png` });

  // The popup as it looks on a chat tab, with this week's counts.
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]?.id;
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('site')).toHaveAttribute('data-status', 'supported');
  await expect(popup.getByTestId('counts')).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup-on-chat-nl.png`, fullPage: true });
});

import type { BrowserContext, Page } from '@playwright/test';
import { NUDGE, expect, fixture, test } from './extension';

async function open(context: BrowserContext, url: string, file: string): Promise<Page> {
  const html = fixture(file);
  await context.route(`${new URL(url).origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'chat' in window);
  return page;
}

const receive = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { chat: { receive(t: string): void } }).chat.receive(t), text);

test('when WhatsApp changes its markup, the generic reader takes over', async ({ context }) => {
  const page = await open(context, 'https://web.whatsapp.com/#changed', 'whatsapp.html');
  // A few ordinary messages show the adapter that text keeps coming while it finds none.
  for (const text of ['hoi', 'hoe was je dag', 'haha ja', 'morgen training?']) {
    await receive(page, text);
    await page.waitForTimeout(150);
  }
  await receive(page, 'ben je alleen thuis?');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
});

import type { BrowserContext, Page } from '@playwright/test';
import { NUDGE, click, expect, fixture, nudgeCounts, test } from './extension';

// The table-driven suite (sites.spec.ts) runs Telegram's Web K client; this runs Web A, the
// other client on the same host, served from the same fixture.
const WEB_A = 'https://web.telegram.org/a/#777000123';

interface ChatWindow {
  chat: { receive(text: string): unknown; send(text: string): unknown; open(id: string, name: string): unknown };
}

async function openWebA(context: BrowserContext): Promise<Page> {
  const html = fixture('telegram.html');
  await context.route('https://web.telegram.org/**', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(WEB_A);
  await page.waitForFunction(() => 'chat' in window);
  return page;
}

const receive = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.receive(t), text);
const send = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.send(t), text);
const openChat = (page: Page, id: string, name: string) =>
  page.evaluate(([i, n]) => void (window as unknown as ChatWindow).chat.open(i, n), [id, name] as const);

test('Web A: nudges for the other side, not for the teen\'s own words', async ({ context }) => {
  const page = await openWebA(context);
  await send(page, 'ben je alleen thuis?');
  await receive(page, 'zeg het tegen niemand oke');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'secrecy');
  await expect.poll(() => nudgeCounts(context)).toEqual({ secrecy: 1 });
});

test('Web A: switching chats starts a fresh context', async ({ context }) => {
  const page = await openWebA(context);
  await receive(page, 'ben je alleen thuis?');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
  await click(page, 'fine');
  await openChat(page, '-1001234567890', 'Klas 2b');
  await receive(page, 'ben je alleen thuis?');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
  await expect.poll(() => nudgeCounts(context)).toEqual({ alone_check: 2 });
});

import type { BrowserContext, Page } from '@playwright/test';
import { NUDGE, click, expect, fixture, nudgeCounts, test } from './extension';
import { SITE_CASES, type SiteCase } from './sites';

interface ChatWindow {
  chat: { receive(text: string): unknown; send(text: string): unknown; open(id: string, name: string): unknown };
}

async function openSite(context: BrowserContext, site: SiteCase): Promise<Page> {
  const html = fixture(`${site.id}.html`);
  await context.route(`${new URL(site.url).origin}/**`, (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => 'chat' in window);
  return page;
}

const receive = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.receive(t), text);
const send = (page: Page, text: string) => page.evaluate((t) => void (window as unknown as ChatWindow).chat.send(t), text);
const openChat = (page: Page, id: string, name: string) =>
  page.evaluate(([i, n]) => void (window as unknown as ChatWindow).chat.open(i, n), [id, name] as const);

for (const site of SITE_CASES) {
  test.describe(site.id, () => {
    test('nudges for the other side, not for the teen\'s own words or ordinary chat', async ({ context }) => {
      const page = await openSite(context, site);
      await send(page, 'ben je alleen thuis?');
      await receive(page, 'haha nee mijn broertje is er ook, zie je morgen op school');
      await receive(page, 'kun je een foto van het rooster sturen?');
      await receive(page, 'zeg het tegen niemand oke');
      await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'secrecy');
      await expect.poll(() => nudgeCounts(context)).toEqual({ secrecy: 1 });
    });

    test('switching chats starts a fresh context', async ({ context }) => {
      const page = await openSite(context, site);
      await receive(page, 'ben je alleen thuis?');
      await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
      await click(page, 'fine');
      await openChat(page, site.conversations[1], 'Sanne');
      await receive(page, 'ben je alleen thuis?');
      await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
      await expect.poll(() => nudgeCounts(context)).toEqual({ alone_check: 2 });
    });

    test('"not for this chat" stays muted after a reload', async ({ context }) => {
      const page = await openSite(context, site);
      await receive(page, 'ben je alleen thuis?');
      await expect(page.locator(NUDGE)).toHaveCount(1);
      // Counted before the reload below (a reload within milliseconds of a card may lose its count).
      await expect.poll(() => nudgeCounts(context)).toEqual({ alone_check: 1 });
      await click(page, 'mute');
      await expect(page.locator(NUDGE)).toHaveCount(0);

      await page.reload();
      await page.waitForFunction(() => 'chat' in window);
      await receive(page, 'stuur eens een foto van jezelf');
      // The other chat still nudges, which also shows the muted one was read and kept quiet.
      await openChat(page, site.conversations[1], 'Sanne');
      await receive(page, 'zeg het tegen niemand oke');
      await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'secrecy');
      await expect.poll(() => nudgeCounts(context)).toEqual({ alone_check: 1, secrecy: 1 });
    });
  });
}

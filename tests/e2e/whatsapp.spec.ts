import type { BrowserContext, Page } from '@playwright/test';
import { NUDGE, click, expect, fixture, nudgeCounts, test, textIn } from './extension';

const WHATSAPP = 'https://web.whatsapp.com/';

async function openWhatsApp(context: BrowserContext): Promise<Page> {
  const html = fixture('whatsapp.html');
  await context.route(`${WHATSAPP}**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  await page.goto(WHATSAPP);
  await page.waitForFunction(() => 'chat' in window);
  return page;
}

const receive = (page: Page, text: string) => page.evaluate((t) => (window as unknown as ChatWindow).chat.receive(t), text);
const send = (page: Page, text: string) => page.evaluate((t) => (window as unknown as ChatWindow).chat.send(t), text);
interface ChatWindow {
  chat: { receive(text: string): string; send(text: string): string; open(jid: string, name: string): void };
}

test('a grooming message from the other side gets a kind nudge that never quotes it', async ({ context }) => {
  const page = await openWhatsApp(context);
  await receive(page, 'ben je alleen thuis?');

  const nudge = page.locator(NUDGE);
  await expect(nudge).toHaveCount(1);
  await expect(nudge).toHaveAttribute('data-category', 'alone_check');
  await expect(nudge).toHaveAttribute('data-severity', 'medium');
  // Closed shadow root: the page sees the host, not what is in it.
  expect(await nudge.evaluate((host) => host.shadowRoot)).toBeNull();
  expect(await nudge.evaluate((host) => host.textContent)).toBe('');

  await expect.poll(() => textIn(page, 'what')).toContain('alleen thuis');
  const card = await textIn(page, 'card');
  expect(card).toContain('Praat anoniem met Fier');
  expect(card).not.toContain('ben je alleen thuis?');
  expect(await nudgeCounts(context)).toEqual({ alone_check: 1 });
});

test('the same words sent by the teen, or ordinary chat, never nudge', async ({ context }) => {
  const page = await openWhatsApp(context);
  await send(page, 'ben je alleen thuis?');
  await send(page, 'stuur eens een foto van jezelf');
  await receive(page, 'haha ja ik ben thuis, zie je morgen op school');
  await receive(page, 'kun je een foto van het rooster sturen?');
  // A later message from the other side proves the earlier ones have been read.
  await receive(page, 'zeg het tegen niemand oke');

  const nudge = page.locator(NUDGE);
  await expect(nudge).toHaveAttribute('data-category', 'secrecy');
  expect(await nudgeCounts(context)).toEqual({ secrecy: 1 });
});

test('"Praat met Fier" opens Chat met Fier in a new tab, "it\'s fine" closes the nudge', async ({ context }) => {
  const page = await openWhatsApp(context);
  await receive(page, 'stuur eens een foto van jezelf');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'photo_request');

  const [fier] = await Promise.all([context.waitForEvent('page'), click(page, 'primary')]);
  expect(fier.url()).toMatch(/^https:\/\/www\.chatmetfier\.nl\/?$/);

  await click(page, 'why');
  expect(await textIn(page, 'more')).toMatch(/nee zeggen/i);
  await click(page, 'fine');
  await expect(page.locator(NUDGE)).toHaveCount(0);
});

test('one nudge per move per chat, and "not for this chat" mutes that chat', async ({ context }) => {
  const page = await openWhatsApp(context);
  await receive(page, 'ben je alleen?');
  await expect(page.locator(NUDGE)).toHaveCount(1);
  await click(page, 'fine');
  await receive(page, 'ben je nu alleen thuis?');
  await receive(page, 'zeg het tegen niemand oke');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'secrecy');
  expect(await nudgeCounts(context)).toEqual({ alone_check: 1, secrecy: 1 });

  await click(page, 'mute');
  await expect(page.locator(NUDGE)).toHaveCount(0);
  await receive(page, 'stuur eens een foto van jezelf');
  // A different chat still gets its nudge, which also shows the muted one stayed quiet.
  await page.evaluate(() => (window as unknown as ChatWindow).chat.open('31622222222@c.us', 'Sanne'));
  await receive(page, 'zeg het tegen niemand');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'secrecy');
  expect(await nudgeCounts(context)).toEqual({ alone_check: 1, secrecy: 2 });
});

test('lowering the sensitivity in the popup applies to the open chat without a reload', async ({ context, extensionId }) => {
  const page = await openWhatsApp(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('radio', { name: 'Laag' }).check();
  await expect(popup.getByRole('radio', { name: 'Laag' })).toBeChecked();

  await page.bringToFront();
  await receive(page, 'ben je alleen thuis?');
  // A clear threat still comes through at low, after the medium one was read.
  await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
  expect(await nudgeCounts(context)).toEqual({ threat_sextortion: 1 });

  // The popup shows the count, and it can be cleared.
  await popup.reload();
  await expect(popup.getByTestId('counts')).toContainText('Dreigen');
  await popup.getByRole('button', { name: 'Wissen' }).click();
  await expect(popup.getByText('Nog geen deze week.')).toBeVisible();
});

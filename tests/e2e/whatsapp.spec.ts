import { NUDGE, click, expect, nudgeCounts, openWhatsApp, receive, stored, test, textIn } from './extension';

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

  // The card's words come into its live region a moment after the card (60–160 ms): until then
  // there is no .what to read.
  await expect.poll(() => textIn(page, 'what').catch(() => '')).toContain('alleen thuis');
  const card = await textIn(page, 'card');
  expect(card).toContain('Praat anoniem met Fier');
  expect(card).not.toContain('ben je alleen thuis?');
  await expect.poll(() => nudgeCounts(context)).toEqual({ alone_check: 1 });
});

test('"Praat met Fier" opens Chat met Fier in a new tab, "it\'s fine" closes the nudge', async ({ context }) => {
  const page = await openWhatsApp(context);
  await receive(page, 'stuur eens een foto van jezelf');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'photo_request');

  // A stand-in for the real site: the test never reaches the internet.
  await context.route('https://www.chatmetfier.nl/**', (route) => route.fulfill({ body: '<title>Chat met Fier</title>', contentType: 'text/html' }));
  const [fier] = await Promise.all([context.waitForEvent('page'), click(page, 'primary')]);
  await fier.waitForLoadState();
  expect(fier.url()).toMatch(/^https:\/\/www\.chatmetfier\.nl\/?$/);
  await expect(fier).toHaveTitle('Chat met Fier');

  await click(page, 'why');
  expect(await textIn(page, 'more')).toMatch(/nee zeggen/i);
  await click(page, 'fine');
  await expect(page.locator(NUDGE)).toHaveCount(0);
});

test('lowering the sensitivity in the popup applies to the open chat without a reload', async ({ context, extensionId }) => {
  const page = await openWhatsApp(context);
  // The chat is being read at standard: a medium move gets a nudge.
  await receive(page, 'stuur eens een foto van jezelf');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'photo_request');
  await click(page, 'fine');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('radio', { name: 'Laag' }).check();
  await expect(popup.getByRole('radio', { name: 'Laag' })).toBeChecked();
  await expect.poll(async () => ((await stored(context, 'settings')) as { sensitivity?: string } | undefined)?.sensitivity).toBe('low');

  await page.bringToFront();
  await receive(page, 'ben je alleen thuis?');
  // A clear threat still comes through at low, after the medium one was read.
  await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
  await expect.poll(() => nudgeCounts(context)).toEqual({ photo_request: 1, threat_sextortion: 1 });

  // The popup shows the count, and it can be cleared.
  await popup.reload();
  await expect(popup.getByTestId('counts')).toContainText('Dreigen');
  await popup.getByRole('button', { name: 'Wissen' }).click();
  await expect(popup.getByText('Nog geen deze week.')).toBeVisible();
});

test('the nudge sits beside the chat where it is now, also after the chat pane moved', async ({ context }) => {
  const page = await openWhatsApp(context);
  const card = page.locator(NUDGE);
  const mainBox = () => page.locator('#main').boundingBox();

  await receive(page, 'ben je alleen thuis?');
  await expect(card).toHaveCount(1);
  let main = (await mainBox())!;
  let box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width - 8);
  expect(box.x).toBeGreaterThanOrEqual(main.x);
  await card.evaluate((host) => host.remove());

  // A panel opens on the right: the chat pane narrows and its right edge moves left.
  await page.evaluate(() => {
    const panel = document.createElement('aside');
    panel.style.cssText = 'width: 320px; flex: none; background: #fff';
    document.getElementById('app')!.append(panel);
  });
  await page.waitForTimeout(200);
  await receive(page, 'stuur eens een foto van jezelf');
  await expect(card).toHaveAttribute('data-category', 'photo_request');
  main = (await mainBox())!;
  box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width - 8);
  expect(box.x).toBeGreaterThanOrEqual(main.x);
});

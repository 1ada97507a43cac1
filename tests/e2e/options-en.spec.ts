import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { NUDGE, click, expect, inNudge, test, openWhatsApp, receive } from './extension';

// The same pages in an English browser (Chromium started with --lang=en, locale en-GB).
test.use({ lang: 'en' });

const OUT = 'test-results/screens';

/** The help links in the open nudge, as [label, href]. */
const helpLinks = (page: Page) =>
  inNudge<[string, string][]>(page, 'help', 'function () { return [...this.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]); }');

test('the report page has all 8 sites in English', async ({ context, extensionId }) => {
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('How to block and report someone');
  const names = await report.locator('section.site h2').allTextContents();
  expect(names).toEqual(['WhatsApp', 'Instagram', 'Messenger', 'Discord', 'Telegram', 'Snapchat', 'TikTok', 'X']);
  await expect(report.locator('section#whatsapp')).toContainText('last five messages');
  await expect(report.locator('section#telegram')).toContainText("Use Telegram's own options");
});

test('an English browser in the UK gets UK help in the nudge and the options', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('option', { name: 'Automatic: United Kingdom' })).toBeAttached();
  await expect(options.getByTestId('help-list')).toHaveAttribute('data-country', 'GB');
  await expect(options.getByTestId('help-list')).toContainText('Call 0800 1111');
  // The popup's help button follows the country too.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('help-link')).toHaveText('Talk to Childline');
  await expect(popup.getByTestId('help-link')).toHaveAttribute('href', 'https://www.childline.org.uk');

  const page = await openWhatsApp(context);
  await receive(page, 'are you home alone right now?');
  await expect(page.locator(NUDGE)).toHaveCount(1);
  await expect.poll(() => helpLinks(page)).toEqual([['Talk to Childline', 'https://www.childline.org.uk']]);
  await click(page, 'fine');
  await receive(page, 'if you dont pay i will send your nudes to all your friends');
  await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
  await expect.poll(() => helpLinks(page)).toEqual([
    ['Talk to Childline', 'https://www.childline.org.uk'],
    ['Report to CEOP', 'https://ceop.police.uk/Safety-Centre/'],
  ]);
});

test('screens: options and report page (en)', async ({ context, extensionId }) => {
  mkdirSync(OUT, { recursive: true });
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('help-list')).toBeVisible();
  await options.screenshot({ path: `${OUT}/options-en.png`, fullPage: true });
  const report = await context.newPage();
  await report.setViewportSize({ width: 900, height: 900 });
  await report.goto(`chrome-extension://${extensionId}/report.html#instagram`);
  await expect(report.locator('section#instagram')).toBeInViewport();
  await report.screenshot({ path: `${OUT}/report-en.png`, fullPage: true });
});

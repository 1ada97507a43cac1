import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { NUDGE, click, expect, inNudge, test, textIn, openWhatsApp, receive } from './extension';
import { SITE_CASES } from './sites';

const OUT = 'test-results/screens';

/** The help links in the open nudge, as [label, href]. */
const helpLinks = (page: Page) =>
  inNudge<[string, string][]>(page, 'help', 'function () { return [...this.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]); }');

test.describe('in Dutch', () => {
  test('the options page changes sensitivity and help country; the popup and the nudge follow', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Instellingen van Heads Up');
    // Automatic: a Dutch browser gets Dutch help.
    await expect(options.getByRole('combobox', { name: 'Land' })).toHaveValue('auto');
    await expect(options.getByRole('option', { name: 'Automatisch: Nederland' })).toBeAttached();
    await expect(options.getByTestId('help-list')).toHaveAttribute('data-country', 'NL');
    await expect(options.getByTestId('help-list')).toContainText('Bel 0800-0432');
    await expect(options.getByTestId('help-list')).toContainText('Bij spoed: bel 112');

    await options.getByRole('radio', { name: 'Hoog' }).check();
    await options.getByRole('combobox', { name: 'Land' }).selectOption('GB');
    await expect(options.getByTestId('help-list')).toHaveAttribute('data-country', 'GB');
    await expect(options.getByTestId('help-list')).toContainText('Childline');
    await expect(options.getByTestId('help-list')).not.toContainText('Chat met Fier');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('radio', { name: 'Hoog' })).toBeChecked();
    await expect(popup.getByRole('link', { name: 'Instellingen' })).toHaveAttribute('href', '/options.html');

    // High sensitivity: a compliment alone gets a nudge, with the UK's help instead of Fier.
    const page = await openWhatsApp(context);
    await receive(page, 'hoe oud ben je eigenlijk?');
    await expect(page.locator(NUDGE)).toHaveCount(1);
    await expect.poll(() => helpLinks(page)).toEqual([['Praat met Childline', 'https://www.childline.org.uk']]);

    // Back to automatic: the next nudge offers Fier again.
    await options.bringToFront();
    await options.getByRole('combobox', { name: 'Land' }).selectOption('auto');
    await page.bringToFront();
    await click(page, 'fine');
    await receive(page, 'ben je alleen thuis?');
    await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'alone_check');
    await expect.poll(() => helpLinks(page)).toEqual([['Praat anoniem met Fier', 'https://www.chatmetfier.nl']]);
  });

  test('Belgium shows the Child Focus number in the nudge, and the urgent nudge the take-down link', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('combobox', { name: 'Land' }).selectOption('BE');
    await expect(options.getByTestId('help-list')).toContainText('Bel 116 000');
    const page = await openWhatsApp(context);
    await receive(page, 'ben je alleen thuis?');
    await expect(page.locator(NUDGE)).toHaveCount(1);
    await expect.poll(() => textIn(page, 'help')).toContain('116 000');
    await click(page, 'fine');
    await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
    await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
    await expect.poll(() => helpLinks(page)).toEqual([['Beelden laten verwijderen (Take It Down)', 'https://takeitdown.ncmec.org']]);
  });

  test('muted chats can be unmuted, and switched-off chat sites switched back on', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('muted')).toContainText('Je hebt geen chats stilgezet.');
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: object }>; set(v: object): Promise<void> } } } }).chrome;
      const { settings = {} } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, mutedChats: ['a'.repeat(64), 'b'.repeat(64)], disabledSites: ['discord'] } });
    });
    await expect(options.getByTestId('muted')).toContainText(': 2');
    await options.getByRole('button', { name: 'Alles weer aanzetten' }).click();
    await expect(options.getByTestId('muted')).toContainText('Alle chats krijgen weer seintjes.');
    await expect(options.getByTestId('off-sites')).toContainText('Discord');
    await options.getByRole('button', { name: 'Weer aanzetten' }).click();
    await expect(options.getByTestId('off-sites')).toHaveCount(0);
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings: { mutedChats: string[]; disabledSites: string[] } }> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings;
    });
    expect(stored.mutedChats).toEqual([]);
    expect(stored.disabledSites).toEqual([]);
    await expect(options.getByTestId('teen-sites')).toContainText('Nog geen');
    for (const page of ['learn', 'report', 'privacy', 'parents']) {
      await expect(options.locator(`a[href="/${page}.html"]`)).toHaveCount(1);
    }
  });

  test('the report page has steps for all 8 sites, each on its own anchor', async ({ context, extensionId }) => {
    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/report.html#tiktok`);
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Zo blokkeer en meld je iemand');
    await expect(report.getByTestId('evidence')).toContainText('screenshots');
    for (const { id } of SITE_CASES) {
      const section = report.locator(`section#${id}`);
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await section.locator('ol > li').count(), id).toBeGreaterThanOrEqual(2);
      await expect(report.locator(`nav a[href="#${id}"]`)).toHaveCount(1);
    }
    await expect(report.locator('section#whatsapp')).toContainText('laatste vijf berichten');
    await expect(report.locator('section#discord')).toContainText('Gebruik de eigen opties van Discord');
    // Opened at #tiktok: that section is in view.
    await expect(report.locator('section#tiktok')).toBeInViewport();
    await expect(report.getByTestId('help-list')).toContainText('Chat met Fier');
  });

  test('"how to block and report" in the nudge opens report.html#whatsapp in a new tab; Escape hides the nudge', async ({ context, extensionId }) => {
    const page = await openWhatsApp(context);
    await receive(page, 'stuur eens een foto van jezelf');
    await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'photo_request');
    const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'report')]);
    await report.waitForLoadState();
    expect(report.url()).toBe(`chrome-extension://${extensionId}/report.html#whatsapp`);
    await expect(report.locator('section#whatsapp')).toBeInViewport();
    // The nudge stays until the teen closes it; Escape does that at once, wherever the focus is.
    await page.bringToFront();
    await expect(page.locator(NUDGE)).toHaveCount(1);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect(page.locator(NUDGE)).toHaveCount(0);
  });

  test('the urgent nudge opens "what to do now" (sextortion.html)', async ({ context, extensionId }) => {
    const page = await openWhatsApp(context);
    await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
    await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
    expect(await textIn(page, 'now')).toBe('Wat je nu kunt doen');
    const [urgent] = await Promise.all([context.waitForEvent('page'), click(page, 'now')]);
    // The tab the background opened: wait for its own address rather than reading it once, since a
    // fresh tab starts blank while Chromium commits the navigation.
    await urgent.waitForURL(`chrome-extension://${extensionId}/sextortion.html`);
    await expect(urgent.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('screens: options, report page and a nudge with its report link (nl)', async ({ context, extensionId }) => {
    mkdirSync(OUT, { recursive: true });
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('help-list')).toBeVisible();
    await options.screenshot({ path: `${OUT}/options-nl.png`, fullPage: true });
    const report = await context.newPage();
    await report.setViewportSize({ width: 900, height: 900 });
    await report.goto(`chrome-extension://${extensionId}/report.html`);
    await expect(report.locator('section#x')).toBeAttached();
    await report.screenshot({ path: `${OUT}/report-nl.png`, fullPage: true });
    const page = await openWhatsApp(context);
    await page.setViewportSize({ width: 1280, height: 760 });
    await receive(page, 'ben je alleen thuis?');
    await expect(page.locator(NUDGE)).toHaveCount(1);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/nudge-help-nl.png` });

    // Belgium: the help is a number to call; the urgent variant with its explanation open.
    await options.bringToFront();
    await options.getByRole('combobox', { name: 'Land' }).selectOption('BE');
    await page.bringToFront();
    await click(page, 'fine');
    await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
    await expect(page.locator(NUDGE)).toHaveAttribute('data-category', 'threat_sextortion');
    await click(page, 'why');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/nudge-urgent-be-nl.png` });
  });
});

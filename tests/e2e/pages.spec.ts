import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { CATEGORIES } from '../../src/detector/types';
import { launchChromium, serviceWorker } from './extension';

// The learn, sextortion and parents pages, opened from the built extension in a Dutch and an
// English browser: the right language, every section the nudge links to, help links that open
// in a new tab, and not a single network request while the pages load and are read.
const OUT = 'test-results/screens';
const PAGES = ['learn', 'sextortion', 'parents'] as const;

const locale = (lang: string) => parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../locales', `${lang}.yml`), 'utf8'));

for (const lang of ['nl', 'en'] as const) {
  test.describe(`pages in ${lang}`, () => {
    test.describe.configure({ mode: 'serial' });
    const words = locale(lang);
    let context: BrowserContext;
    let profile: string;
    let extensionId: string;
    /** Every request that left the extension: anything not chrome-extension:// is the network. */
    const network: string[] = [];

    test.beforeAll(async () => {
      ({ context, profile } = await launchChromium(lang, { prefix: 'heads-up-pages-' }));
      context.on('request', (request) => {
        if (!request.url().startsWith('chrome-extension://')) network.push(request.url());
      });
      await context.route(/^https?:\/\//, (route) => route.abort());
      extensionId = new URL((await serviceWorker(context)).url()).host;
      mkdirSync(OUT, { recursive: true });
    });

    test.afterAll(async () => {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    async function open(name: (typeof PAGES)[number], hash = ''): Promise<Page> {
      const page = await context.newPage();
      await page.setViewportSize({ width: 900, height: 900 });
      await page.goto(`chrome-extension://${extensionId}/${name}.html${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[name].title);
      return page;
    }

    for (const name of PAGES) {
      test(`${name}.html opens in ${lang}, with one h1, landmarks and the page language`, async () => {
        const page = await open(name);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(words[name].title);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('navigation')).toHaveCount(1);
        // Headings go down one level at a time, never skipping one.
        const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        levels.reduce((previous, level) => (expect(level).toBeLessThanOrEqual(previous + 1), level));
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}/${name}-${lang}.png`, fullPage: true });
        await page.close();
      });
    }

    test(`learn.html has a section per category, and #<category> lands on it (${lang})`, async () => {
      const page = await open('learn', '#photo_request');
      for (const category of CATEGORIES) {
        const move = page.locator(`article#${category}`);
        await expect(move.getByRole('heading')).toHaveText(words.learn.cat[category].title);
      }
      // The nudge's "why" opens learn.html#<category>: that move is on screen and has the focus.
      await expect(page.locator('#photo_request')).toBeInViewport();
      await expect(page.locator('#photo_request')).toBeFocused();
      await page.screenshot({ path: `${OUT}/learn-target-${lang}.png` });
      await expect(page.getByRole('link', { name: words.learn.steps.block.link })).toHaveAttribute('href', 'report.html');
      await expect(page.locator('#threats').getByRole('link', { name: words.learn.threatLink })).toHaveAttribute('href', 'sextortion.html');
      await expect(page.getByText(words.learn.faultTitle)).toBeVisible();
      await page.close();
    });

    test(`sextortion.html: not your fault first, don't pay, keep evidence, help now (${lang})`, async () => {
      const page = await open('sextortion');
      const s = words.sextortion;
      const h2s = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(h2s[0]).toBe(s.faultTitle);
      for (const title of [s.steps.pay.title, s.steps.send.title, s.steps.reply.title, s.steps.evidence.title]) {
        await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
      }
      for (const item of ['profile', 'username', 'messages', 'threat']) {
        await expect(page.locator('#evidence li', { hasText: s.steps.evidence[item] })).toBeVisible();
      }
      await expect(page.getByRole('heading', { level: 2, name: s.helpTitle })).toBeVisible();
      if (lang === 'en') {
        // A British browser gets the verified British contacts, not the Dutch ones.
        const list = page.locator('#help [data-testid="help-list"]');
        await expect(list).toHaveAttribute('data-country', 'GB');
        await expect(list.locator('[data-contact="childline"]')).toBeVisible();
        await expect(list.locator('[data-contact="ceop"]')).toBeVisible();
        await expect(page.locator('#help [data-contact="fier"]')).toHaveCount(0);
        await page.close();
        return;
      }
      await expect(page.getByRole('link', { name: s.contacts.police.emergency.replace('$1', '112') })).toHaveAttribute('href', 'tel:112');
      await expect(page.getByRole('link', { name: s.contacts.police.nonEmergency.replace('$1', '0900-8844') })).toHaveAttribute('href', 'tel:09008844');

      // Help links open an https page in a new tab (served here by a stand-in, not the internet).
      const before = network.length;
      await context.route(/^https:\/\/www\.(chatmetfier|helpwanted)\.nl\//, (route) =>
        route.fulfill({ body: '<title>help</title>', contentType: 'text/html' }),
      );
      for (const [name, host] of [
        [words.common.fierLink, 'https://www.chatmetfier.nl'],
        [s.contacts.helpwanted.link, 'https://www.helpwanted.nl'],
      ] as const) {
        const link = page.getByRole('link', { name });
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', /noopener/);
        const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await tab.waitForLoadState();
        expect(tab.url().startsWith(host)).toBe(true);
        expect(page.isClosed()).toBe(false);
        await tab.close();
      }
      await context.unroute(/^https:\/\/www\.(chatmetfier|helpwanted)\.nl\//);
      network.splice(before); // the two clicks above were the teen's choice, not the page's
      await page.close();
    });

    test(`parents.html shows the deployment steps with a policy example (${lang})`, async () => {
      const page = await open('parents');
      const p = words.parents;
      for (const title of [p.doesTitle, p.doesNotTitle, p.noReportTitle, p.talkTitle, p.deployTitle]) {
        await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
      }
      const firefox = JSON.parse(await page.getByTestId('firefox-policy').textContent() ?? '');
      const settings = firefox.policies['3rdparty'].Extensions['heads-up@headsup.nl'];
      expect(Object.keys(settings).sort()).toEqual(['alwaysOnSites', 'helpContact', 'minimumSensitivity', 'schoolName']);
      expect(firefox.policies.ExtensionSettings['heads-up@headsup.nl'].installation_mode).toBe('force_installed');
      const chrome = JSON.parse(await page.getByTestId('chrome-policy').textContent() ?? '');
      expect(chrome.minimumSensitivity).toEqual({ Value: 'standard' });
      expect(chrome.schoolName.Value).toBe(p.exampleSchool);
      await page.close();
    });

    test(`the welcome page links to the learn and parents pages (${lang})`, async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/welcome.html`);
      await page.getByRole('link', { name: words.learn.welcomeLink }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.learn.title);
      await page.goBack();
      await page.getByRole('link', { name: words.learn.parentsLink }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.parents.title);
      await page.close();
    });

    test(`no page makes a network request (${lang})`, async () => {
      for (const name of PAGES) {
        const page = await open(name);
        await page.waitForLoadState('networkidle');
        await page.close();
      }
      expect(network).toEqual([]);
    });
  });
}

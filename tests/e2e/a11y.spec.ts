import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, NUDGE, expect, fixture, test } from './extension';

/**
 * Every page of the extension and an open nudge pass axe-core with no serious or critical
 * violations, in light and dark mode. Pages are found in the build, so a new page is checked
 * without anyone remembering to add it here.
 */

const PAGES = readdirSync(EXTENSION_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the build has the pages the popup and the nudge link to', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['options.html', 'popup.html', 'report.html', 'welcome.html']));
});

for (const scheme of ['light', 'dark'] as const) {
  for (const name of PAGES) {
    test(`${name} passes axe in ${scheme} mode`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      await expect(page.locator('h1, [role="switch"]').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

/**
 * The nudge lives in a closed shadow root that page scripts (and so axe) cannot enter. The
 * DevTools protocol can: it serialises the nudge with its shadow tree as declarative shadow DOM,
 * which is rendered open in a blank page with the same size, and checked there.
 */
async function nudgeReplica(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: NUDGE });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId, includeShadowDOM: true } as never);
    return outerHTML.replace('shadowrootmode="closed"', 'shadowrootmode="open"');
  } finally {
    await cdp.detach();
  }
}

for (const [scheme, message] of [
  ['light', 'ben je alleen thuis? 🏠'],
  ['dark', 'als je niet betaalt stuur ik je foto naar iedereen'],
] as const) {
  test(`an open nudge passes axe in ${scheme} mode`, async ({ context }) => {
    await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: fixture('whatsapp.html'), contentType: 'text/html' }));
    const chat = await context.newPage();
    await chat.emulateMedia({ colorScheme: scheme });
    await chat.goto('https://web.whatsapp.com/');
    await chat.waitForFunction(() => 'chat' in window);
    await chat.evaluate((text) => (window as unknown as { chat: { receive(t: string): void } }).chat.receive(text), message);
    await expect(chat.locator(NUDGE)).toHaveCount(1);
    // The words arrive in the live region a frame or more after the card (with the page's next
    // change, 60–160 ms later): checked with them in it.
    await expect.poll(async () => (await nudgeReplica(chat)).includes('class="what"')).toBe(true);
    const html = await nudgeReplica(chat);
    expect(html).toContain('shadowrootmode="open"');

    const replica = await context.newPage();
    await replica.emulateMedia({ colorScheme: scheme });
    await replica.setContent(`<!doctype html><html lang="nl"><head><title>nudge</title></head><body><main>${html}</main></body></html>`);
    const rendered = await replica.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', NUDGE);
    expect(rendered.length).toBeGreaterThan(40);
    expect(await seriousViolations(replica)).toEqual([]);
  });
}

test('the nudge does not move for teens who asked for reduced motion', async ({ context }) => {
  await context.route('https://web.whatsapp.com/**', (route) => route.fulfill({ body: fixture('whatsapp.html'), contentType: 'text/html' }));
  const chat = await context.newPage();
  await chat.emulateMedia({ reducedMotion: 'reduce' });
  await chat.goto('https://web.whatsapp.com/');
  await chat.waitForFunction(() => 'chat' in window);
  await chat.evaluate(() => (window as unknown as { chat: { receive(t: string): void } }).chat.receive('ben je alleen thuis?'));
  await expect(chat.locator(NUDGE)).toHaveCount(1);
  const html = await nudgeReplica(chat);
  const replica = await context.newPage();
  for (const motion of ['reduce', 'no-preference'] as const) {
    await replica.emulateMedia({ reducedMotion: motion });
    await replica.setContent(`<!doctype html><html lang="nl"><body>${html}</body></html>`);
    const animation = await replica.evaluate((tag) => {
      const card = document.querySelector(tag)?.shadowRoot?.querySelector('.card');
      return card ? getComputedStyle(card).animationName : 'missing';
    }, NUDGE);
    if (motion === 'reduce') expect(animation).toBe('none');
    else expect(animation).not.toBe('none');
  }
});

import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { NUDGE, expect, fixture, test } from './extension';

/*
 * Issue 5, "Hostile and broken pages": tests/fixtures/hostile.html, served on WhatsApp's host,
 * overrides DOM methods in its own world, hides injected UI, tries to read the nudge, throws from
 * its own observers, floods the chat and rewrites messages. Heads Up runs in its own (isolated)
 * world, so none of that may stop the nudge, let the page read it, or let an error of Heads Up
 * reach the page.
 */

const WHATSAPP = 'https://web.whatsapp.com/';

interface Hostile {
  foreignErrors: string[];
  ownThrows: number;
  stolen: string[];
  views: string[];
  probes: string[];
  attachShadowCalls: number;
  nudgeInsertsSeen: number;
  customElementUpgrades: number;
  ticks: number;
  maxTickGap: number;
  rewrites: number;
}

interface World {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** Watches the tab through the DevTools protocol: every exception in every world, and the worlds. */
async function watch(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, World>();
  const exceptions: { world: number; text: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context as World));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    exceptions.push({
      world: exceptionDetails.executionContextId ?? -1,
      text: `${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`,
    }),
  );
  await cdp.send('Runtime.enable');
  return { cdp, worlds, exceptions };
}

/** Runs code in a fresh isolated world of the tab, out of reach of the page's overrides. */
async function pristine<T>(cdp: CDPSession, page: Page, expression: string): Promise<T> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'test-pristine' });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  void page;
  return result.value as T;
}

/** The nudge's text, read through the DevTools protocol (pierce) in a pristine world. */
async function nudgeText(cdp: CDPSession, className: string): Promise<string> {
  // Only the nudge's subtree: the whole document has 50,000 rows after the flood.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'heads-up-nudge, [data-heads-up-nudge]' });
  if (!nodeId) return '';
  const { node: host } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
  type Node = { backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node): Node | undefined => {
    const attrs = node.attributes ?? [];
    if (attrs.includes('class') && attrs[attrs.indexOf('class') + 1]!.split(' ').includes(className)) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const target = find(host as Node);
  if (!target) return '';
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'test-reader' });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId, executionContextId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
  return result.value as string;
}

const hostile = (page: Page) => page.evaluate(() => (window as unknown as { hostile: Hostile }).hostile);

interface ChatWindow {
  chat: { receive(text: string): void; big(bytes: number): void; flood(n: number): void; rewriteAll(): void };
}

const receive = (page: Page, text: string) => page.evaluate((t) => (window as unknown as ChatWindow).chat.receive(t), text);
const nudgeLocator = (page: Page) => page.locator(`${NUDGE}, [data-heads-up-nudge]`);

test('a hostile page can neither stop, hide, read nor be broken by the nudge', async ({ context }) => {
  test.setTimeout(240_000);
  const html = fixture('hostile.html');
  await context.route(`${WHATSAPP}**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await context.newPage();
  const { cdp, worlds, exceptions } = await watch(page);
  await page.goto(WHATSAPP);
  // Not page.waitForFunction: Playwright's helper in the page's world needs MutationObserver.
  await page.waitForLoadState('load');
  await expect.poll(() => [...worlds.values()].some((w) => w.origin.startsWith('chrome-extension://'))).toBe(true);
  const heads = [...worlds.values()].find((w) => w.origin.startsWith('chrome-extension://'))!.id;

  await test.step('a grooming message gets a nudge that is visible, on top and readable', async () => {
    await receive(page, 'stuur eens een foto van jezelf');
    const nudge = nudgeLocator(page);
    await expect(nudge).toHaveAttribute('data-category', 'photo_request');
    await expect(nudge).toBeVisible();
    const box = (await nudge.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    // Nothing of the page covers it: the element at its centre is the nudge's host.
    const onTop = await pristine<boolean>(
      cdp,
      page,
      `(() => { const el = document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2}); return !!el && (el.localName === 'heads-up-nudge' || el.hasAttribute('data-heads-up-nudge')); })()`,
    );
    expect(onTop).toBe(true);
    await expect.poll(() => nudgeText(cdp, 'card')).toContain('Praat anoniem met Fier');
    // The card's words come into its live region a moment after the card (60–160 ms).
    await expect.poll(() => nudgeText(cdp, 'what')).toMatch(/foto/i);
    mkdirSync('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/hostile-page-nudge.png' });
  });

  await test.step('the page cannot read the nudge', async () => {
    const card = await nudgeText(cdp, 'card');
    const words = [await nudgeText(cdp, 'opener'), await nudgeText(cdp, 'what'), await nudgeText(cdp, 'tactic'), 'Praat anoniem met Fier'];
    expect(words.every(Boolean)).toBe(true);
    expect(card).toContain(words[1]);
    const found = await page.evaluate(() => (window as unknown as { hostileRead(full: boolean): number }).hostileRead(true));
    expect(found).toBe(1); // it found the nudge's host...
    const state = await hostile(page);
    expect(state.stolen).toEqual([]); // ...but nothing inside it,
    expect(state.views).toHaveLength(3);
    for (const view of state.views) for (const word of words) expect(view).not.toContain(word); // nor its words anywhere.
    // Its attachShadow override (to force roots open) and its DOM wrappers live in its own world:
    // Heads Up never went through them.
    expect(state.attachShadowCalls).toBe(0);
    // Its own <heads-up-nudge> custom element did run on a would-be host; Heads Up then used a
    // plain element the page cannot redefine.
    expect(state.customElementUpgrades).toBeGreaterThan(0);
    expect(state.nudgeInsertsSeen).toBe(0);
    expect(await nudgeLocator(page).evaluate((host) => host.shadowRoot)).toBeNull();
  });

  let afterFlood = 0;
  await test.step('a flood (one 1 MB message, 50,000 small ones, all rewritten): a new threat still gets a nudge', async () => {
    await page.evaluate(() => (window as unknown as ChatWindow).chat.big(1_000_000));
    await page.evaluate(() => (window as unknown as ChatWindow).chat.flood(50_000));
    await page.evaluate(() => (window as unknown as ChatWindow).chat.rewriteAll());
    const started = Date.now();
    await receive(page, 'als je niet betaalt stuur ik je naaktfoto naar al je vrienden');
    await expect(nudgeLocator(page)).toHaveAttribute('data-category', 'threat_sextortion', { timeout: 150_000 });
    afterFlood = Date.now() - started;
    await expect.poll(() => nudgeText(cdp, 'card')).toMatch(/niet jouw schuld/i);
  });

  await test.step('the page sees no error from Heads Up, and stays responsive', async () => {
    await page.evaluate(() => void ((window as unknown as { hostile: Hostile }).hostile.maxTickGap = 0));
    const ticksBefore = (await hostile(page)).ticks;
    await page.waitForTimeout(2000);
    const started = Date.now();
    const state = await hostile(page);
    const roundTrip = Date.now() - started;
    expect(state.foreignErrors).toEqual([]);
    // The page's own deliberate throws are counted, so the counter works.
    expect(state.ownThrows).toBeGreaterThan(0);
    expect(state.rewrites).toBeGreaterThan(0);
    // Through the DevTools protocol: no exception in Heads Up's world, and every exception in the
    // page's world is one of its own.
    expect(exceptions.filter((e) => e.world === heads)).toEqual([]);
    expect(exceptions.filter((e) => !e.text.includes('hostile-page:'))).toEqual([]);
    expect(exceptions.length).toBeGreaterThan(0);
    // After the flood the page's 20 ms timer ticks on and the tab answers at once. Generous
    // bounds (the machine is shared); the figures are printed for the report.
    console.log(
      `hostile page: threat nudged ${afterFlood} ms after the flood; then longest gap between 20 ms ticks ${Math.round(state.maxTickGap)} ms, evaluate round trip ${roundTrip} ms; custom element upgrades ${state.customElementUpgrades}; probes ${JSON.stringify(state.probes)}`,
    );
    expect(state.ticks - ticksBefore).toBeGreaterThan(10);
    expect(state.maxTickGap).toBeLessThan(1000);
    expect(roundTrip).toBeLessThan(2000);
  });
});

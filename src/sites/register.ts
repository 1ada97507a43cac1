import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, TEEN_SITES_SCRIPT_ID, teenOrigins } from './teen-sites';

/**
 * Keeps the registered content script in step with the origins the teen granted: called at
 * startup and whenever a permission is added or removed. Background only.
 */
export async function syncTeenSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = teenOrigins(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [TEEN_SITES_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [TEEN_SITES_SCRIPT_ID] });
  if (sites.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: TEEN_SITES_SCRIPT_ID, matches: sites, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return sites;
}

/** Starts reading tabs already open on newly granted sites, without a reload. */
export async function startInOpenTabs(origins: string[]): Promise<void> {
  const sites = teenOrigins(origins);
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({ url: sites });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${CONTENT_SCRIPT_FILE}` as const] }).catch(() => undefined),
    ),
  );
}

/** The message that tells a running content script its site was switched off. */
export const SITE_OFF_MESSAGE = 'heads-up/site-off';

/** True for exactly `{ type: SITE_OFF_MESSAGE, origins: string[] }`. */
export function isSiteOffMessage(message: unknown): message is { type: typeof SITE_OFF_MESSAGE; origins: string[] } {
  if (!message || typeof message !== 'object') return false;
  const { type, origins } = message as { type?: unknown; origins?: unknown };
  return type === SITE_OFF_MESSAGE && Array.isArray(origins) && origins.every((origin) => typeof origin === 'string');
}

/**
 * Stops reading in tabs already open on sites the teen switched off, without a reload. Without
 * the `tabs` permission the background cannot see which tab shows which site, so every tab is
 * told the switched-off origins; only Heads Up's own content script listens, and it stops when
 * its page is one of them.
 */
export async function stopInOpenTabs(origins: string[]): Promise<void> {
  const sites = teenOrigins(origins);
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: SITE_OFF_MESSAGE, origins: sites }).catch(() => undefined),
    ),
  );
}

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

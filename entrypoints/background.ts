import { browser } from 'wxt/browser';
import { pagePath } from '@/src/nudge/open-page';
import { readManagedReport } from '@/src/settings/managed';
import { startInOpenTabs, stopInOpenTabs, syncTeenSites } from '@/src/sites/register';

export default defineBackground(() => {
  // The welcome page opens once, on first install, never on updates.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Sites the teen switches on or off from the popup (optional host permissions).
  const sync = () => void syncTeenSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncTeenSites()
      .then(() => startInOpenTabs(origins))
      .catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void syncTeenSites()
      .then(() => stopInOpenTabs(origins))
      .catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(sync);
  sync();

  // The nudge asks for one of the extension's own pages (help, how to report); anything that
  // is not exactly that message, or not from this extension, is ignored.
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const path = pagePath(message);
    if (!path) return undefined;
    return browser.tabs
      .create({ url: browser.runtime.getURL(path as '/popup.html') })
      .then(() => true, () => false);
  });
  // A school's policy changed: re-register the sites that have permission (always-on sites among
  // them), and tell the admin in this console which fields were ignored (never their values).
  const checkPolicy = () =>
    void readManagedReport().then(({ ignored }) => {
      for (const { field, reason } of ignored) console.warn(`Heads Up: school policy field ${field} ignored: ${reason}`);
    });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    sync();
    checkPolicy();
  });
  checkPolicy();
});

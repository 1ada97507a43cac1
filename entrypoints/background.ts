import { browser } from 'wxt/browser';
import { startInOpenTabs, syncTeenSites } from '@/src/sites/register';

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
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  sync();
});

import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // The welcome page opens once, on first install, never on updates.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});

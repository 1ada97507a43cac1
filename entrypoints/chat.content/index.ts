import { browser } from 'wxt/browser';
import { CHAT_SITE_MATCHES, siteFor } from '@/src/sites';
import { isSiteOffMessage } from '@/src/sites/register';
import { originPattern } from '@/src/sites/teen-sites';
import { startWatching } from './watcher';

export default defineContentScript({
  matches: CHAT_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    try {
      // On a site the teen switched on, switching it off stops this page at once: the
      // background tells every tab, and only a page on a switched-off origin stops.
      if (!siteFor(new URL(location.href))) {
        const onMessage = (message: unknown) => {
          if (isSiteOffMessage(message) && message.origins.includes(originPattern(location.href) ?? '')) ctx.abort('site switched off');
        };
        browser.runtime.onMessage.addListener(onMessage);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      }
      await startWatching(ctx);
    } catch {
      // Nothing inside Heads Up may throw into the page (DESIGN.md section 6).
    }
  },
});

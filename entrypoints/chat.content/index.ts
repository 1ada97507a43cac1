import { CHAT_SITE_MATCHES } from '@/src/sites';
import { startWatching } from './watcher';

export default defineContentScript({
  matches: CHAT_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    try {
      await startWatching(ctx);
    } catch {
      // Nothing inside Heads Up may throw into the page (DESIGN.md section 6).
    }
  },
});

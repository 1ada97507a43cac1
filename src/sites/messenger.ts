import { sideOf } from './layout';
import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * Messenger: www.messenger.com and www.facebook.com/messages (the same web app). Its class
 * names are generated atoms that change with every build, so the adapter goes by roles and URLs:
 * - the thread id in the URL (/t/<id>/, /e2ee/t/<id>/, with /messages in front on Facebook)
 *   names the conversation, never a contact name;
 * - `[role="main"]` is the open thread, the `[role="grid"]` in it the message list (the chat
 *   list sits in `[role="navigation"]`), `[role="row"]` one message;
 * - `div[dir="auto"]` holds a message's text, emoji as `img[alt]`; a quoted reply comes before
 *   the reply, so the last text block of a row is the message.
 *
 * Who sent it: by layout first. Messenger draws the teen's own bubbles at the end of the line
 * and everyone else's at the start, in every language and theme, so the bubble's side of the
 * list decides. Without layout (unit tests, unrendered rows) the row's visually hidden sender
 * heading decides: "You sent" on the teen's own rows, the sender's name on others. Centred rows
 * (dates, "seen by", "X joined") and rows without text are not messages.
 *
 * Recycling: the list is virtualised (rows far outside the viewport are removed and re-created
 * when scrolled back), older messages are inserted above when scrolling up, and a row is filled
 * in after it is inserted. A row without text or side reads as null and is tried again on the
 * next batch. A re-created row is a new element, so an old message scrolled back into view is
 * read again; an edited message changes in place and is not read again. Facebook's chat pop-ups
 * on other facebook.com pages are not read: those pages are not chats.
 */
export const selectors = {
  main: 'div[role="main"]',
  list: 'div[role="grid"]',
  notConversation: '[role="navigation"]',
  message: 'div[role="row"]',
  text: 'div[dir="auto"]',
  senderLabel: 'h5, h6',
  skip: 'h1, h2, h3, h4, h5, h6, [role="button"], time, svg',
} as const;

/** The hidden heading on the teen's own rows (English interface). */
const OWN_LABEL = /^you sent\b/i;
const THREAD = /^(?:\/messages)?\/(?:e2ee\/)?t\/([^/?#]+)/;

/** The message's own text block: the last text block of the row that is not inside another. */
function textElementOf(row: Element): Element | null {
  let last: Element | null = null;
  for (const element of row.querySelectorAll(selectors.text)) {
    if (element.closest(selectors.skip)) continue;
    const outer = element.parentElement?.closest(selectors.text);
    if (!outer || !row.contains(outer)) last = element;
  }
  return last;
}

export const messenger: SiteAdapter = {
  id: 'messenger',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/*'],
  hosts: ['www.messenger.com', 'www.facebook.com'],
  handles: (url) =>
    url.hostname === 'www.messenger.com' || url.pathname === '/messages' || url.pathname.startsWith('/messages/'),
  conversationRoot(doc) {
    for (const grid of doc.querySelectorAll(`${selectors.main} ${selectors.list}`)) {
      if (!grid.closest(selectors.notConversation)) return grid;
    }
    return null;
  },
  conversationId: (doc) => doc.location?.pathname.match(THREAD)?.[1] ?? null,
  messageElements: (root) => root.querySelectorAll(selectors.message),
  readMessage(element) {
    const textElement = textElementOf(element);
    if (!textElement) return null;
    const text = textOf(textElement, selectors.skip);
    if (!text) return null;
    const list = element.closest(selectors.list);
    const side = list ? sideOf(textElement, list) : null;
    if (side) return { from: side === 'end' ? 'me' : 'them', text };
    const label = element.querySelector(selectors.senderLabel)?.textContent?.trim();
    if (!label) return null;
    return { from: OWN_LABEL.test(label) ? 'me' : 'them', text };
  },
};

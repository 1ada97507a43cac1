import { sideOf } from './layout';
import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * Instagram direct messages (www.instagram.com/direct/…). Instagram's class names are generated
 * atoms ("x1n2onr6") that change with every build, so the adapter goes by roles and URLs:
 * - the thread id in the URL (/direct/t/<thread id>/) names the conversation, never a username;
 * - `[role="grid"]` (outside navigation) is the open thread's message list, `[role="row"]` a
 *   message row; newer layouts without rows still wrap each bubble in `[role="presentation"]`,
 *   which the adapter then reads one outermost bubble at a time;
 * - `div[dir="auto"]` inside the bubble holds the text, emoji as `img[alt]`.
 *
 * Who sent it: by layout first. Instagram draws the teen's own bubbles at the end of the line
 * and the other person's at the start (with their avatar), whatever the markup or language, so
 * the bubble's side of the list decides. Without layout (unit tests, unrendered rows) the row's
 * visually hidden sender heading decides: "You sent" on the teen's own rows, the sender's name
 * on others. Centred rows (dates, "seen") and rows without text are not messages.
 *
 * Recycling: the list is virtualised (rows far outside the viewport are removed and re-created
 * when scrolled back), older messages are inserted above when scrolling up, and rows are filled
 * in after they are inserted. A row without text or side reads as null and is tried again on the
 * next batch. A re-created row is a new element, so an old message scrolled back into view is
 * read again (the conversation policy sees a repeat); an edited message changes in place and is
 * not read again.
 */
export const selectors = {
  conversation: 'div[role="grid"]',
  notConversation: '[role="navigation"], nav',
  message: 'div[role="row"]',
  bubble: 'div[role="presentation"]',
  text: 'div[dir="auto"], span[dir="auto"]',
  senderLabel: 'h5, h6',
  skip: 'h1, h2, h3, h4, h5, h6, [role="button"], time, svg',
} as const;

/** The hidden heading on the teen's own rows (English interface). */
const OWN_LABEL = /^you sent\b/i;
const THREAD = /^\/direct\/(?:e2ee\/)?t\/([^/?#]+)/;

function* outermost(root: Element, selector: string): Iterable<Element> {
  for (const element of root.querySelectorAll(selector)) {
    const outer = element.parentElement?.closest(selector);
    if (!outer || !root.contains(outer)) yield element;
  }
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  hosts: ['www.instagram.com'],
  handles: (url) => url.pathname.startsWith('/direct/'),
  conversationRoot(doc) {
    for (const grid of doc.querySelectorAll(selectors.conversation)) {
      if (!grid.closest(selectors.notConversation)) return grid;
    }
    return null;
  },
  conversationId: (doc) => doc.location?.pathname.match(THREAD)?.[1] ?? null,
  messageElements(root) {
    const rows = root.querySelectorAll(selectors.message);
    return rows.length > 0 ? rows : outermost(root, selectors.bubble);
  },
  readMessage(element) {
    const bubble = element.matches(selectors.bubble) ? element : element.querySelector(selectors.bubble);
    const textElement = bubble ?? element.querySelector(selectors.text);
    if (!textElement) return null;
    const text = textOf(textElement, selectors.skip);
    if (!text) return null;
    const list = element.closest(selectors.conversation);
    const side = list ? sideOf(textElement, list) : null;
    if (side) return { from: side === 'end' ? 'me' : 'them', text };
    const label = element.querySelector(selectors.senderLabel)?.textContent?.trim();
    if (!label) return null;
    return { from: OWN_LABEL.test(label) ? 'me' : 'them', text };
  },
};

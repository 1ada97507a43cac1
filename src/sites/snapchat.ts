import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * Snapchat for web, www.snapchat.com/web/<conversation-id>. Snapchat's class names are short
 * generated hashes ("ujRzj", "T1yt2", "KB4Aq") that change between releases, and no test ids or
 * ARIA roles are known on the messages, so the adapter relies on the URL and on the semantic
 * elements public Snapchat-web scripts found the chat to be built from:
 * - /web/<conversation-id> (a UUID): which chat is open, without a contact name;
 * - a `ul` per conversation whose `li` items are runs of messages from one sender, each run
 *   starting with a `header` that names the sender; the messages of the run are the children of
 *   the element after that header (emoji drawn as `img[alt]`). An `li` without a header (a date,
 *   "opened" receipts) holds no messages.
 *
 * Who sent a message: the run's header. Snapchat labels the teen's own runs with its word for
 * "me" (English "Me", Dutch "Ik") and the other person's runs with their display name, as in the
 * app; no other per-message sender signal is publicly known. The label is compared with
 * Snapchat's word for "me" in the languages Heads Up ships (nl, en) and a few more; a friend
 * whose display name is exactly such a word would be read as the teen, and a Snapchat language
 * not listed reads the teen's own runs as `them`.
 *
 * Recycling: Snapchat keeps the lists of recently opened chats in the page and hides all but the
 * open one, so the root is the list that is shown. Older messages are inserted above when
 * scrolling up and new ones are appended to the last run; a message whose text has not been
 * filled in yet reads as null and is read on a later pass. Messages are deleted in place when
 * they expire, which needs no handling. Edits (Snapchat+ only) are not re-read.
 */
export const selectors = {
  list: 'ul',
  run: 'li',
  label: 'header',
  /** Inside a message: receipts, timestamps and controls that are not what was said. */
  notText: 'time, button, [role="button"], [aria-hidden="true"]',
} as const;

/** Snapchat's label for the teen's own messages, lower case, in the languages listed. */
const ME_LABELS = new Set(['me', 'ik', 'moi', 'ich', 'yo', 'eu', 'io']);
const CONVERSATION_PATH = /^\/web\/([\w-]{8,})\/?$/;

const isShown = (element: Element) => !element.closest('[hidden]') && (element.checkVisibility?.() ?? element.getClientRects().length > 0);

function labelOf(run: Element): Element | null {
  const label = run.querySelector(selectors.label);
  return label?.closest(selectors.run) === run ? label : null;
}

export const snapchat: SiteAdapter = {
  id: 'snapchat',
  // /web is its own app; the rest of www.snapchat.com (stories, lenses, profiles) is not a chat.
  matches: ['https://www.snapchat.com/web', 'https://www.snapchat.com/web/*'],
  hosts: ['www.snapchat.com'],
  handles: (url) => url.pathname === '/web' || url.pathname.startsWith('/web/'),
  conversationRoot(doc) {
    if (!snapchat.conversationId(doc)) return null;
    const lists = new Set<Element>();
    for (const label of doc.querySelectorAll(`${selectors.run} ${selectors.label}`)) {
      const list = label.closest(selectors.run)?.closest(selectors.list);
      if (list) lists.add(list);
    }
    return [...lists].find(isShown) ?? null;
  },
  conversationId: (doc) => doc.location?.pathname.match(CONVERSATION_PATH)?.[1] ?? null,
  *messageElements(root) {
    for (const run of root.querySelectorAll(selectors.run)) {
      const messages = labelOf(run)?.nextElementSibling;
      if (messages) yield* messages.children;
    }
  },
  readMessage(message) {
    const run = message.closest(selectors.run);
    const label = run ? labelOf(run) : null;
    const sender = label ? textOf(label).toLowerCase() : '';
    if (!sender) return null;
    const text = textOf(message, selectors.notText);
    return text ? { from: ME_LABELS.has(sender) ? 'me' : 'them', text } : null;
  },
};

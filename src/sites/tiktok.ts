import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * TikTok messages, www.tiktok.com/messages. TikTok keeps `data-e2e` attributes for its own
 * end-to-end tests; public DM tools key on them:
 * - `[data-e2e="chat-item"]` on each message, with the sender's avatar (`chat-avatar`) inside a
 *   link to their profile, `/@<handle>`;
 * - `[data-e2e="chat-uniqueid"]` (the other person's @handle) and `[data-e2e="chat-nickname"]`
 *   in the header of the open chat, `[data-e2e="message-input-area"]` for the composer;
 * - the text sits in a `DivTextContainer` element. TikTok's Emotion class names are
 *   `css-<hash>-<ComponentName>`: the hash changes with every build, the component name does
 *   not, so only the name part is matched (no `data-e2e` is known for the text itself).
 *
 * Who sent a message: TikTok draws an avatar beside every message, the teen's own included, so
 * the avatar link names the sender. It is compared with the logged-in account (`uniqueId` in the
 * page's `__UNIVERSAL_DATA_FOR_REHYDRATION__` JSON, read once) and with the other person's handle
 * in the header: the teen's handle is `me`, anyone else `them`. Without either handle the message
 * is not read rather than guessed.
 *
 * Conversation id: TikTok does not put the open chat in the URL (rows in the chat list are not
 * links; `?u=<user id>` only appears when a chat is opened from a profile and then goes stale), so
 * the id is the other person's @handle from the header, a unique account name rather than a
 * display name. Group chats have no handle; their name is the last resort.
 *
 * Recycling: older messages are inserted above when scrolling up, and a chat's list is rebuilt
 * when it is opened again, so rows are new elements; a row whose text or avatar has not arrived
 * yet reads as null and is read on a later pass. Shared videos carry no text and are skipped.
 */
export const selectors = {
  message: '[data-e2e="chat-item"]',
  avatar: '[data-e2e="chat-avatar"]',
  profileLink: 'a[href*="/@"]',
  text: '[class*="-DivTextContainer"]',
  otherHandle: '[data-e2e="chat-uniqueid"]',
  title: '[data-e2e="chat-nickname"]',
  composer: '[data-e2e="message-input-area"]',
  chatBox: '[class*="-DivChatBox"]',
  session: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
} as const;

interface Rehydration {
  __DEFAULT_SCOPE__?: { 'webapp.app-context'?: { user?: { uniqueId?: unknown } } };
}

/** The logged-in handle per rehydration script, so the JSON is parsed once per page. */
const ownHandles = new WeakMap<Element, string | null>();

const normalise = (handle: string | null | undefined) => handle?.trim().replace(/^@/, '').toLowerCase() || null;

function handleFromHref(href: string | null | undefined): string | null {
  const handle = href?.match(/\/@([^/?#]+)/)?.[1];
  if (!handle) return null;
  try {
    return normalise(decodeURIComponent(handle));
  } catch {
    return normalise(handle);
  }
}

function ownHandle(doc: Document): string | null {
  const script = doc.querySelector(selectors.session);
  if (!script) return null;
  if (!ownHandles.has(script)) {
    let handle: string | null = null;
    try {
      const id = (JSON.parse(script.textContent ?? '') as Rehydration).__DEFAULT_SCOPE__?.['webapp.app-context']?.user?.uniqueId;
      handle = typeof id === 'string' ? normalise(id) : null;
    } catch {
      // Not JSON (yet): nothing to learn from it.
    }
    ownHandles.set(script, handle);
  }
  return ownHandles.get(script) ?? null;
}

const otherHandle = (doc: Document) => normalise(doc.querySelector(selectors.otherHandle)?.textContent);

/** The author of one message: the profile link around its avatar (not a shared video's link). */
function authorOf(item: Element): string | null {
  const link =
    item.querySelector(selectors.avatar)?.closest('a') ??
    [...item.querySelectorAll(selectors.profileLink)].find((a) => !a.getAttribute('href')?.includes('/video/'));
  return handleFromHref(link?.getAttribute('href'));
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  // A single-page app: the content script runs on every page and the adapter picks /messages.
  matches: ['https://www.tiktok.com/*'],
  hosts: ['www.tiktok.com'],
  handles: (url) => url.pathname === '/messages' || url.pathname.startsWith('/messages/'),
  conversationRoot(doc) {
    // The smallest element holding the chat header and the chat itself (messages or composer).
    const header = doc.querySelector(`${selectors.otherHandle}, ${selectors.title}`);
    for (let element = header?.parentElement; element && element !== doc.body; element = element.parentElement) {
      if (element.querySelector(`${selectors.message}, ${selectors.composer}`)) return element;
    }
    return doc.querySelector(selectors.chatBox);
  },
  conversationId(doc) {
    return otherHandle(doc) ?? (doc.querySelector(selectors.title)?.textContent?.trim() || null);
  },
  messageElements: (root) => root.querySelectorAll(selectors.message),
  readMessage(item) {
    const textElement = item.querySelector(selectors.text);
    if (!textElement) return null;
    const text = textOf(textElement);
    const author = authorOf(item);
    if (!text || !author) return null;
    const doc = item.ownerDocument;
    const own = ownHandle(doc);
    if (own) return { from: author === own ? 'me' : 'them', text };
    const other = otherHandle(doc);
    if (other) return { from: author === other ? 'them' : 'me', text };
    return null;
  },
};

import { sideOf } from './layout';
import { textOf } from './text';
import type { Sender } from '../detector/types';
import type { SiteAdapter } from './types';

/**
 * X (Twitter) direct messages, x.com/messages/<conversation-id> (twitter.com the same). X's web
 * client is React Native for Web: class names are atomic hashes (`r-18u37iz`) that change with
 * any style tweak, but `data-testid` values are kept for X's own tests and have been stable for
 * years (public userscripts and scrapers all key on them):
 * - `[data-testid="DmActivityContainer"]`: the pane of the open conversation;
 *   `[data-testid="DmScrollerContainer"]`: its scrolling message list;
 * - `[data-testid="messageEntry"]` on each message, its text in `[data-testid="tweetText"]`
 *   (emoji drawn as `img[alt]`, as in posts). System lines ("… accepted the request") are
 *   `DMConversationEntry` and are not read;
 * - the conversation id is in the URL: `<low user id>-<high user id>` for a one-to-one chat, a
 *   single number for a group, so no contact name is needed.
 *
 * Who sent a message: X marks direction only by layout (the teen's bubbles on the right), which
 * is what public DM exporters read too. The adapter first looks for the sender's avatar, which X
 * draws beside the other person's messages as `UserAvatar-Container-<handle>` inside a link to
 * their profile: a handle other than the teen's own (`AppTabBar_Profile_Link` in the side bar)
 * is `them`. A message without an avatar (the teen's own, or an earlier one in a run of the
 * other person's, where X only draws the avatar once) is placed by which side of the message
 * list its bubble sits on (src/sites/layout.ts), mirrored for right-to-left pages. Without a
 * layout (a hidden or not yet laid out node) the message is not read yet rather than guessed.
 *
 * Recycling: the list is virtualised (`cellInnerDiv` rows are removed when scrolled far away
 * and rebuilt when scrolled back, and older messages are inserted above when scrolling up), so a
 * rebuilt row is a new element; an entry whose text has not been filled in yet reads as null and
 * is read on a later pass. Edited messages (X Premium) change text in place and are not re-read.
 * X is moving DMs to a new "Chat" client at x.com/i/chat with other test ids; that client is not
 * handled here.
 */
export const selectors = {
  conversation: '[data-testid="DmActivityContainer"]',
  scroller: '[data-testid="DmScrollerContainer"]',
  message: '[data-testid="messageEntry"]',
  text: '[data-testid="tweetText"]',
  avatar: '[data-testid^="UserAvatar-Container-"]',
  ownProfile: 'a[data-testid="AppTabBar_Profile_Link"]',
} as const;

const AVATAR_PREFIX = 'UserAvatar-Container-';
/** /messages/<a>-<b> or /messages/<group>, optionally followed by /info and the like. */
const CONVERSATION_PATH = /^\/messages\/(\d+(?:-\d+)?)(?:\/|$)/;

function ownHandle(doc: Document): string | null {
  const href = doc.querySelector(selectors.ownProfile)?.getAttribute('href') ?? '';
  return href.match(/^\/([A-Za-z0-9_]+)\/?$/)?.[1]?.toLowerCase() ?? null;
}

function avatarHandle(entry: Element): string | null {
  const testId = entry.querySelector(selectors.avatar)?.getAttribute('data-testid') ?? '';
  const handle = testId.slice(AVATAR_PREFIX.length).toLowerCase();
  return handle && handle !== 'unknown' ? handle : null;
}

/** The teen's own bubbles sit at the end of the line of the message list (right, unless RTL). */
function senderBySide(entry: Element, bubble: Element): Sender | null {
  const list = entry.closest(selectors.scroller) ?? entry.closest(selectors.conversation);
  const side = list ? sideOf(bubble, list) : null;
  return side === 'end' ? 'me' : side === 'start' ? 'them' : null;
}

export const x: SiteAdapter = {
  id: 'x',
  // Single-page apps: the content script runs on every page and the adapter picks /messages.
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  hosts: ['x.com', 'twitter.com'],
  handles: (url) => url.pathname === '/messages' || url.pathname.startsWith('/messages/'),
  conversationRoot: (doc) => doc.querySelector(selectors.conversation),
  conversationId: (doc) => doc.location?.pathname.match(CONVERSATION_PATH)?.[1] ?? null,
  messageElements: (root) => root.querySelectorAll(selectors.message),
  readMessage(entry) {
    // A reply shows the quoted message's text above its own: the entry's own text is the last.
    const texts = entry.querySelectorAll(selectors.text);
    const bubble = texts[texts.length - 1];
    if (!bubble) return null;
    const text = textOf(bubble);
    if (!text) return null;
    const author = avatarHandle(entry);
    const from = author ? (author === ownHandle(entry.ownerDocument) ? 'me' : 'them') : senderBySide(entry, bubble);
    return from ? { from, text } : null;
  },
};

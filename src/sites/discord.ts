import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * Discord (discord.com/channels/…): direct messages at /channels/@me/<channel id>, servers at
 * /channels/<server id>/<channel id>. Discord's class names carry build hashes
 * ("messageListItem_d5deea"), so the adapter goes by ids, data attributes and URLs, which have
 * stayed the same for years and which Discord's own accessibility labels point at:
 * - the channel id in the URL names the conversation, never a username;
 * - `ol[data-list-id="chat-messages"]` is the open channel's message list;
 * - `li[id="chat-messages-<channel id>-<message id>"]` is one message, and its text is in
 *   `#message-content-<message id>` (a quoted reply has the quoted message's id, so it is left
 *   out); emoji are `img[alt]`, the "(edited)" mark sits in a `time` element and is skipped;
 * - `[id^="message-username-"]` and the avatar `img[src*="/avatars/<user id>/"]` name the author
 *   on the first message of a group; later messages of the group point at that username
 *   through their article's `aria-labelledby`.
 *
 * Who sent it: Discord draws everyone's messages on the same side, so the author's user id
 * (from their avatar URL) is compared with the teen's own (the avatar in the account panel at
 * the bottom left). In a direct message, the other person's id is also in the avatar of the
 * conversation's link in the side list. Without avatar ids (default avatars carry none), the
 * author's name is compared with the account panel's name. If neither can be told, the message
 * is not read.
 *
 * Recycling: the list is virtualised (about 50 messages in the page; older ones are inserted
 * above when scrolling up, far ones removed) and keyed by message id, so an element is one
 * message. A message whose text is not there yet reads as null and is tried again. An edited
 * message changes in place and is not read again. A thread opened beside a channel has its own
 * list; only the channel in the URL is read.
 */
export const selectors = {
  list: 'ol[data-list-id="chat-messages"]',
  message: 'li[id^="chat-messages-"]',
  content: '[id="message-content-%s"]',
  article: '[role="article"]',
  username: '[id^="message-username-"]',
  replyContext: '[id^="message-reply-context-"]',
  avatar: 'img[src*="/avatars/"]',
  account: 'section[aria-label="User area"], section[aria-label="User status and settings"], section[class*="panels"]',
  accountName: '[class*="panelTitleContainer"]',
  directLink: 'a[href="/channels/@me/%s"]',
  skip: 'time',
} as const;

const CHANNEL = /^\/channels\/(?:@me|\d+)\/(\d+)/;
const MESSAGE_ID = /^chat-messages-\d+-(\d+)$/;
const AVATAR_ID = /\/avatars\/(\d+)\//;
/** The id prefix of the username element, which `aria-labelledby` points at. */
const USERNAME_ID = 'message-username-';

interface Person {
  id: string | null;
  name: string | null;
}

const avatarId = (image: Element | null | undefined) => image?.getAttribute('src')?.match(AVATAR_ID)?.[1] ?? null;

/** The author's avatar in a message, not the small one of a quoted reply. */
function authorAvatar(message: Element): Element | null {
  for (const image of message.querySelectorAll(selectors.avatar)) {
    if (!image.closest(selectors.replyContext)) return image;
  }
  return null;
}

/** The message that carries the author of `message`: itself, or the first of its group. */
function groupStart(message: Element): Element | null {
  if (message.querySelector(selectors.username)) return message;
  const labelledBy = message.querySelector(selectors.article)?.getAttribute('aria-labelledby') ?? '';
  const ref = labelledBy.split(/\s+/).find((token) => token.startsWith(USERNAME_ID));
  const named = ref ? message.ownerDocument.getElementById(ref)?.closest(selectors.message) : null;
  if (named) return named;
  for (let node = message.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.matches(selectors.message) && node.querySelector(selectors.username)) return node;
  }
  return null;
}

function authorOf(message: Element): Person | null {
  const start = groupStart(message);
  if (!start) return null;
  const name = start.querySelector(selectors.username);
  return { id: avatarId(authorAvatar(start)), name: name?.getAttribute('data-text') ?? name?.textContent?.trim() ?? null };
}

function teen(doc: Document): Person {
  const panel = doc.querySelector(selectors.account);
  return {
    id: avatarId(panel?.querySelector(selectors.avatar)),
    name: panel?.querySelector(selectors.accountName)?.textContent?.trim() || null,
  };
}

/** In a direct message, the other person's user id, from the conversation's link in the side list. */
function directPartner(doc: Document): string | null {
  const channel = doc.location?.pathname.startsWith('/channels/@me/') ? discord.conversationId(doc) : null;
  if (!channel) return null;
  return avatarId(doc.querySelector(selectors.directLink.replace('%s', channel))?.querySelector(selectors.avatar));
}

export const discord: SiteAdapter = {
  id: 'discord',
  matches: ['https://discord.com/*'],
  hosts: ['discord.com'],
  handles: (url) => url.pathname.startsWith('/channels/'),
  conversationRoot: (doc) => doc.querySelector(selectors.list),
  conversationId: (doc) => doc.location?.pathname.match(CHANNEL)?.[1] ?? null,
  messageElements: (root) => root.querySelectorAll(selectors.message),
  readMessage(element) {
    const messageId = element.id.match(MESSAGE_ID)?.[1];
    if (!messageId) return null;
    const content = element.querySelector(selectors.content.replace('%s', messageId));
    if (!content) return null;
    const text = textOf(content, selectors.skip);
    if (!text) return null;
    const author = authorOf(element);
    if (!author) return null;
    const doc = element.ownerDocument;
    const me = teen(doc);
    if (author.id && me.id) return { from: author.id === me.id ? 'me' : 'them', text };
    const partner = author.id ? directPartner(doc) : null;
    if (author.id && partner) return { from: author.id === partner ? 'them' : 'me', text };
    if (author.name && me.name) return { from: author.name === me.name ? 'me' : 'them', text };
    return null;
  },
};

import { textOf } from './text';
import type { ReadMessage, SiteAdapter } from './types';

/**
 * Telegram Web, both clients: web.telegram.org/k/ (Web K) and web.telegram.org/a/ (Web A,
 * formerly /z/). Both are open source, and their class names are hand-written and stable, not
 * generated:
 * - the URL hash names the conversation in both (#@username, #123456 for a person,
 *   #-100123456 for a group or channel); Web K's header also carries the peer id;
 * - Web K: the open chat is `#column-center .chat.active` (a new `.chat` is created for each
 *   chat opened and the old one removed after the animation), its messages are
 *   `.bubble[data-mid]` in `.bubbles-inner`, `.is-out` / `.is-in` say who sent each (the
 *   alignment the client draws from), `.service` bubbles are dates and notices, and the text
 *   is in `.message` next to the `.time` and `.reactions` it holds;
 * - Web A: the open chat is the `.MessageList` in the active slide of `#MiddleColumn`, its
 *   messages `.Message.message-list-item[data-message-id]`, `.own` marks the teen's own (the
 *   client's isOwnMessage), notices are `.ActionMessage` and not `.Message`, and the text is in
 *   `.text-content` next to the `.MessageMeta` (time, ticks) it holds.
 * Emoji are `img.emoji[alt]` in both.
 *
 * Recycling: neither client recycles message elements: older messages are inserted above when
 * scrolling up and far ones may be removed. A message being sent is replaced in place when the
 * server confirms it, and an edited message changes in place; neither is read again. A bubble
 * whose text is not there yet reads as null and is tried again.
 */
export const selectors = {
  k: {
    conversation: ['#column-center .chat.active .bubbles-inner'],
    message: '.bubble[data-mid]',
    outgoing: '.is-out',
    incoming: '.is-in',
    service: '.service',
    text: '.message',
    skip: '.time, .reactions, .reply, .bubble-name-rank',
    peer: '#column-center .chat.active .chat-info .peer-title[data-peer-id]',
  },
  a: {
    // The list in the active slide while chats animate in and out, else the only one.
    conversation: ['#MiddleColumn .Transition_slide-active > .MessageList', '#MiddleColumn .MessageList'],
    message: '.Message.message-list-item[data-message-id]',
    outgoing: '.own',
    text: '.text-content',
    skip: '.MessageMeta, .Reactions, .translation-animation',
  },
} as const;

type Client = keyof typeof selectors;

/** The client the URL asks for first; the other is tried when its markup is not there. */
function clients(doc: Document): Client[] {
  return /^\/[az](\/|$)/.test(doc.location?.pathname ?? '') ? ['a', 'k'] : ['k', 'a'];
}

function readK(element: Element): ReadMessage | null {
  const k = selectors.k;
  if (element.matches(k.service)) return null;
  const outgoing = element.matches(k.outgoing);
  if (outgoing === element.matches(k.incoming)) return null;
  const textElement = element.querySelector(k.text);
  const text = textElement ? textOf(textElement, k.skip) : '';
  return text ? { from: outgoing ? 'me' : 'them', text } : null;
}

function readA(element: Element): ReadMessage | null {
  const a = selectors.a;
  const textElement = element.querySelector(a.text);
  const text = textElement ? textOf(textElement, a.skip) : '';
  return text ? { from: element.matches(a.outgoing) ? 'me' : 'them', text } : null;
}

export const telegram: SiteAdapter = {
  id: 'telegram',
  matches: ['https://web.telegram.org/*'],
  hosts: ['web.telegram.org'],
  handles: (url) => /^\/[kaz](\/|$)/.test(url.pathname),
  conversationRoot(doc) {
    for (const client of clients(doc)) {
      for (const selector of selectors[client].conversation) {
        const root = doc.querySelector(selector);
        if (root) return root;
      }
    }
    return null;
  },
  conversationId(doc) {
    const raw = (doc.location?.hash.slice(1) ?? '').split('?')[0];
    let hash = raw;
    try {
      hash = decodeURIComponent(raw);
    } catch {
      // A malformed escape: the raw hash still names the chat.
    }
    if (hash) return hash;
    return doc.querySelector(selectors.k.peer)?.getAttribute('data-peer-id') ?? null;
  },
  messageElements: (root) => root.querySelectorAll(`${selectors.k.message}, ${selectors.a.message}`),
  readMessage: (element) => (element.matches(selectors.a.message) ? readA(element) : readK(element)),
};

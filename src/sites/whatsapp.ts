import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * WhatsApp Web. Relies on attributes that have been stable for years, not generated classes:
 * - `#main`: the pane of the open chat;
 * - `[data-id]` on each message: `<fromMe>_<chatJid>_<messageId>`, so "true_…" is the teen's
 *   own message and the middle part names the conversation without using a contact name;
 * - `.message-in` / `.message-out` as a second opinion on the direction;
 * - `.copyable-text[data-pre-plain-text]` wrapping the text, `span.selectable-text` inside it,
 *   emoji drawn as `img[alt]`.
 */
export const selectors = {
  conversation: '#main',
  header: '#main header',
  title: '#main header span[title], #main header span[dir="auto"]',
  message: '[data-id]',
  incoming: '.message-in',
  outgoing: '.message-out',
  text: '.copyable-text[data-pre-plain-text] .selectable-text, .selectable-text.copyable-text, .copyable-text .selectable-text',
} as const;

const DATA_ID = /^(true|false)_([^_]+)_/;

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  matches: ['https://web.whatsapp.com/*'],
  hosts: ['web.whatsapp.com'],
  handles: () => true,
  conversationRoot: (doc) => doc.querySelector(selectors.conversation),
  conversationId(doc) {
    const first = doc.querySelector(`${selectors.conversation} ${selectors.message}`);
    const chat = first?.getAttribute('data-id')?.match(DATA_ID)?.[2];
    if (chat) return chat;
    const title = doc.querySelector(selectors.title);
    return title?.getAttribute('title') || title?.textContent?.trim() || null;
  },
  messageElements: (root) => root.querySelectorAll(selectors.message),
  readMessage(element) {
    const fromMe = element.getAttribute('data-id')?.match(DATA_ID)?.[1];
    const outgoing = fromMe === 'true' || element.matches(selectors.outgoing) || !!element.querySelector(selectors.outgoing);
    const incoming = fromMe === 'false' || element.matches(selectors.incoming) || !!element.querySelector(selectors.incoming);
    if (outgoing === incoming) return null;
    const textElement = element.querySelector(selectors.text);
    if (!textElement) return null;
    const text = textOf(textElement);
    return text ? { from: outgoing ? 'me' : 'them', text } : null;
  },
};

import { textOf } from './text';
import type { SiteAdapter } from './types';

/**
 * The fallback reader for pages without an adapter, or whose adapter stopped finding messages
 * after a markup change: every new block of text counts as a message from the other person.
 * It cannot tell who wrote a block, so it errs on the side of noticing.
 */
export const selectors = {
  block: 'p, li, span, div, td, blockquote',
  ignore: 'script, style, noscript, textarea, input, [contenteditable=""], [contenteditable="true"], heads-up-nudge, nav, header, footer',
} as const;

const MIN_TEXT = 2;
const MAX_TEXT = 4000;

/** A block whose own text nodes carry the words (not a wrapper around other blocks). */
function isTextBlock(element: Element): boolean {
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && (child.nodeValue?.trim().length ?? 0) >= MIN_TEXT) return true;
  }
  return false;
}

/**
 * Whether the generic reader takes `element` as a message: a text block outside what it ignores.
 * Used for a full read and for the blocks a change touched (entrypoints/chat.content/changes.ts).
 */
export function isGenericMessage(element: Element): boolean {
  return isTextBlock(element) && !element.closest(selectors.ignore);
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: [],
  hosts: [],
  handles: () => true,
  conversationRoot: (doc) => doc.body,
  conversationId: (doc) => `${doc.location?.host ?? ''}${doc.location?.pathname ?? ''}`,
  *messageElements(root) {
    for (const element of root.querySelectorAll(selectors.block)) {
      if (isGenericMessage(element)) yield element;
    }
  },
  readMessage(element) {
    const text = textOf(element);
    if (text.length < MIN_TEXT || text.length > MAX_TEXT) return null;
    return { from: 'them', text };
  },
};

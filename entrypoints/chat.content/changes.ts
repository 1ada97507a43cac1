/**
 * Finding the messages a change in the page touched, without walking the whole chat.
 *
 * Most adapters list their message elements as `root.querySelectorAll(<one selector>)`. For
 * those, the watcher reads only the message elements that the page added or changed since the
 * last batch: each added or changed node is a message, lies inside one, or holds some. That is a
 * few native selector calls per change instead of a walk over every message of a long chat.
 * tests/unit/watcher-changes.test.ts checks, on every site's fixture, that this selector gives
 * exactly the adapter's own `messageElements`, so the two cannot drift apart unnoticed.
 * The generic reader does the same with its text blocks (`textBlocksTouched`). Adapters that
 * are not plain selectors (Instagram's fallback, Snapchat's runs) are read in full on every batch.
 */
import { selectors as discord } from '@/src/sites/discord';
import { isGenericMessage, selectors as generic } from '@/src/sites/generic';
import { selectors as messenger } from '@/src/sites/messenger';
import { selectors as telegram } from '@/src/sites/telegram';
import { selectors as tiktok } from '@/src/sites/tiktok';
import { selectors as whatsapp } from '@/src/sites/whatsapp';
import { selectors as x } from '@/src/sites/x';

/** Site id → the selector its adapter's `messageElements(root)` is `root.querySelectorAll` of. */
export const MESSAGE_SELECTOR: Readonly<Record<string, string>> = {
  whatsapp: whatsapp.message,
  messenger: messenger.message,
  discord: discord.message,
  telegram: `${telegram.k.message}, ${telegram.a.message}`,
  tiktok: tiktok.message,
  x: x.message,
};

/**
 * The message elements (matching `selector`, inside `root`) that `nodes` touched: the message
 * holding a node (text filled in later), the node itself, and the messages it holds (a row, or
 * a block of rows loaded above when scrolling up). Each at most once, in the order of `nodes`,
 * and in document order within one node.
 */
export function messagesTouched(selector: string, root: Element, nodes: readonly Element[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const add = (element: Element) => {
    if (seen.has(element)) return;
    seen.add(element);
    out.push(element);
  };
  for (const node of nodes) {
    if (!node.isConnected || !root.contains(node)) continue;
    const holder = node.closest(selector);
    if (holder && root.contains(holder)) {
      add(holder);
      // A message inside a message is not a case any site has; the holder is the message.
      continue;
    }
    const inside = node.querySelectorAll(selector);
    for (let i = 0; i < inside.length; i++) add(inside[i]!);
  }
  return out;
}

/**
 * The generic reader's messages (text blocks, src/sites/generic.ts) that `nodes` touched: a node
 * that is itself a text block (text added to it, or it was added), and the text blocks a node
 * added holds. Which blocks count is decided by the generic reader's own test, so a full read
 * and this find the same messages; a block whose own text did not change is not looked at (it
 * was read already, or it still is not a text block). Each at most once, in the order of `nodes`.
 */
export function textBlocksTouched(root: Element, nodes: readonly Element[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const add = (element: Element) => {
    if (seen.has(element)) return;
    seen.add(element);
    if (isGenericMessage(element)) out.push(element);
  };
  for (const node of nodes) {
    if (!node.isConnected || !root.contains(node)) continue;
    if (node.matches(generic.block)) add(node);
    const inside = node.querySelectorAll(generic.block);
    for (let i = 0; i < inside.length; i++) add(inside[i]!);
  }
  return out;
}

/**
 * How to find the messages that changed nodes touched, for the reader with this id; null for
 * readers that are read in full on every batch.
 */
export function touchedFinder(id: string): ((root: Element, nodes: readonly Element[]) => Element[]) | null {
  if (id === 'generic') return textBlocksTouched;
  const selector = MESSAGE_SELECTOR[id];
  return selector ? (root, nodes) => messagesTouched(selector, root, nodes) : null;
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], textarea, input';

/**
 * Whether the page added or changed text, not counting what the teen is typing. `changed` holds
 * what the MutationObserver kept: the added nodes (text nodes by their parent) and the parents of
 * changed text; `overflow`, that there were too many to keep, which is new content anyway.
 * Asked only when an adapter found no messages, so the observer's callback stays tiny.
 */
export function sawNewText(changed: readonly Element[], overflow: boolean): boolean {
  return overflow || changed.some((element) => !element.closest(EDITABLE));
}

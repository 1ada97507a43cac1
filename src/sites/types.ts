import type { Sender } from '../detector/types';

export interface ReadMessage {
  from: Sender;
  text: string;
}

/**
 * Everything that depends on one chat site's markup. Selectors live in the adapter's
 * `selectors` object and are tested against a saved fixture (tests/fixtures/<id>.html).
 */
export interface SiteAdapter {
  /** Stable id, also the file name: `src/sites/<id>.ts`. */
  id: string;
  /** Content-script match patterns for the site (its host permissions). */
  matches: string[];
  /** Host names the site lives on. On these hosts, pages that are not chats are left alone. */
  hosts: string[];
  /** Whether the page at `url` (on one of `hosts`) shows chats, e.g. /direct/ on Instagram. */
  handles(url: URL): boolean;
  /** The element holding the open conversation, or null when no chat is open. */
  conversationRoot(doc: Document): Element | null;
  /** A stable id of the open conversation (never shown, stored only as a salted hash). */
  conversationId(doc: Document): string | null;
  /** Message elements inside the open conversation, oldest first. */
  messageElements(root: Element): Iterable<Element>;
  /** The sender and text of one message element, or null when it is not (yet) a message. */
  readMessage(element: Element): ReadMessage | null;
}

/**
 * Every supported chat site, for the table-driven end-to-end suite (sites.spec.ts). Each fixture
 * in tests/fixtures/ is served on the site's real URL and exposes `window.chat` with
 * receive(text), send(text) and open(conversationId, name), acting as the live site would.
 */
export interface SiteCase {
  /** Adapter id (src/sites/<id>.ts) and fixture name (tests/fixtures/<id>.html). */
  id: string;
  /** A URL where the site shows a conversation. */
  url: string;
  /** Conversation ids for the fixture's open(): the first is open when the page loads. */
  conversations: [string, string];
}

export const SITE_CASES: SiteCase[] = [
  { id: 'whatsapp', url: 'https://web.whatsapp.com/', conversations: ['31611111111@c.us', '31622222222@c.us'] },
];

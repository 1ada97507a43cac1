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
  { id: 'instagram', url: 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/', conversations: ['340282366841710300949128171234567890', '340282366841710300949128179876543210'] },
  { id: 'messenger', url: 'https://www.messenger.com/t/100012345678901/', conversations: ['100012345678901', '100098765432101'] },
  { id: 'discord', url: 'https://discord.com/channels/@me/1100000000000000001', conversations: ['1100000000000000001', '1100000000000000002'] },
  { id: 'telegram', url: 'https://web.telegram.org/k/#@sanne_k', conversations: ['@sanne_k', '@mark_k'] },
  { id: 'snapchat', url: 'https://www.snapchat.com/web/6f1c2b7e-4d0a-4c3e-9b59-2a8e5d7c1f00', conversations: ['6f1c2b7e-4d0a-4c3e-9b59-2a8e5d7c1f00', '0b8e4f2a-91c3-4d7e-a5b6-3c2d1e0f9a88'] },
  { id: 'tiktok', url: 'https://www.tiktok.com/messages?lang=nl', conversations: ['mark.2009', 'sanne.nl'] },
  { id: 'x', url: 'https://x.com/messages/12345-67890', conversations: ['12345-67890', '12345-11111'] },
];

import { discord } from './discord';
import { generic } from './generic';
import { instagram } from './instagram';
import { messenger } from './messenger';
import { snapchat } from './snapchat';
import { telegram } from './telegram';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';

/** Every site adapter. Adding a site is adding its file, its fixture and one line here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [whatsapp, instagram, messenger, discord, telegram, snapchat, tiktok, x];

/** The chat sites the content script runs on without asking (host permissions). */
export const CHAT_SITE_MATCHES: string[] = SITE_ADAPTERS.flatMap((site) => site.matches);

/** The site whose host this is, if any. */
export function siteFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((site) => site.hosts.includes(url.hostname));
}

/**
 * The reader for a page: its site's adapter on a chat page, nothing on the site's other pages
 * (a feed is not a chat), and the generic reader on any other site the teen switched on.
 */
export function adapterFor(url: URL): SiteAdapter | null {
  const site = siteFor(url);
  if (!site) return generic;
  return site.handles(url) ? site : null;
}

export { generic };
export type { ReadMessage, SiteAdapter } from './types';

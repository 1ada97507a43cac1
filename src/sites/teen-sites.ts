import { CHAT_SITE_MATCHES, siteFor } from './index';

/**
 * Sites the teen switched on from the popup. The browser's own permission prompt grants the
 * one origin (optional host permission); this module turns an origin into the content-script
 * registration and back. No `<all_urls>` is ever granted up front.
 */
export const TEEN_SITES_SCRIPT_ID = 'heads-up-teen-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/chat.js';

/** The match pattern for the one site a page lives on, or null for pages no site can be turned on for. */
export function originPattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    // One concrete site, never a wildcard such as https://*/*.
    if (!/^[a-z0-9.-]+$/.test(parsed.hostname)) return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Granted origins that are the teen's own additions, not the built-in chat sites. Compared by
 * host, not by the whole pattern: Firefox reports a granted "https://www.snapchat.com/web/*" as
 * "https://www.snapchat.com/*", which is still a built-in site, never one the teen added.
 */
export function teenOrigins(granted: readonly string[]): string[] {
  const builtIn = new Set(CHAT_SITE_MATCHES.map((pattern) => originPattern(pattern)));
  return [
    ...new Set(granted.filter((origin) => originPattern(origin.replace('/*', '/')) === origin && !builtIn.has(origin))),
  ].sort();
}

export type TabStatus =
  /** A supported chat site, on a chat page, Heads Up on. */
  | { kind: 'supported'; siteId: string }
  /** A supported chat site the teen switched off. */
  | { kind: 'site-off'; siteId: string }
  /** A supported site's page that is not a chat (a feed, a profile). */
  | { kind: 'not-chat-page'; siteId: string }
  /** Another site the teen switched on: read by the generic reader. */
  | { kind: 'teen-site'; origin: string }
  /** Another site that can be switched on. */
  | { kind: 'other-site'; origin: string }
  /** Browser pages, extension pages, files: nothing to do. */
  | { kind: 'unavailable' };

export function tabStatus(url: string | undefined, granted: readonly string[], disabledSites: readonly string[]): TabStatus {
  const origin = originPattern(url);
  if (!url || !origin) return { kind: 'unavailable' };
  const parsed = new URL(url);
  const site = siteFor(parsed);
  if (site) {
    if (disabledSites.includes(site.id)) return { kind: 'site-off', siteId: site.id };
    return site.handles(parsed) ? { kind: 'supported', siteId: site.id } : { kind: 'not-chat-page', siteId: site.id };
  }
  return teenOrigins(granted).includes(origin) ? { kind: 'teen-site', origin } : { kind: 'other-site', origin };
}

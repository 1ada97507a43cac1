import { z } from 'zod/mini';

/**
 * The one message the content script sends to the background: open one of the extension's own
 * pages in a new tab (contracts.md). A page cannot open extension pages itself, and the
 * background needs no `tabs` permission for tabs.create. Carries no chat text.
 */
export const EXTENSION_PAGES = ['learn', 'sextortion', 'report', 'options', 'privacy'] as const;
export type ExtensionPage = (typeof EXTENSION_PAGES)[number];

export const OpenPageMessage = z.strictObject({
  type: z.literal('open-page'),
  page: z.enum(EXTENSION_PAGES),
  /** An anchor on the page, such as "#whatsapp". */
  hash: z.optional(z.string().check(z.regex(/^#[a-z0-9-]{1,40}$/))),
});
export type OpenPageMessage = z.infer<typeof OpenPageMessage>;

/** The address to open for a valid message; null for anything else. */
export function pagePath(message: unknown): string | null {
  const parsed = OpenPageMessage.safeParse(message);
  if (!parsed.success) return null;
  return `/${parsed.data.page}.html${parsed.data.hash ?? ''}`;
}

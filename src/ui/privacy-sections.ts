/**
 * The privacy page's structure: which locale keys (section `privacy`) it shows, in order. The
 * same structure renders docs/PRIVACY.md and docs/PRIVACY.nl.md, and
 * tests/unit/privacy-docs.test.ts keeps page and documents word for word the same.
 */
export const PRIVACY_SECTIONS = [
  { id: 'reads', items: 3 },
  { id: 'stores', items: 4 },
  { id: 'never', items: 5 },
  { id: 'check', items: 4 },
] as const;

export const itemKeys = (id: string, items: number) => Array.from({ length: items }, (_, i) => `privacy.${id}.item${i + 1}`);

/** Every key the page uses. */
export function privacyKeys(): string[] {
  return ['privacy.title', 'privacy.intro', ...PRIVACY_SECTIONS.flatMap(({ id, items }) => [`privacy.${id}.title`, ...itemKeys(id, items)])];
}

/** The page's text as Markdown, the body of docs/PRIVACY*.md. */
export function privacyMarkdown(t: (key: string) => string): string {
  const parts = [`# ${t('privacy.title')}`, t('privacy.intro')];
  for (const { id, items } of PRIVACY_SECTIONS) {
    parts.push(`## ${t(`privacy.${id}.title`)}`, itemKeys(id, items).map((key) => `- ${t(key)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Placeholder normaliser: lower case, accents stripped, whitespace collapsed.
 * Being replaced by the full version (issue 3).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

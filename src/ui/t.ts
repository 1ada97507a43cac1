import { i18n } from '#i18n';

type Key = Parameters<typeof i18n.t>[0];

/** User-facing words by key, for keys built at run time (`category.${id}`). */
export function t(key: string, substitutions?: string[]): string {
  return substitutions ? i18n.t(key as Key, substitutions as never) : i18n.t(key as Key);
}

/** The language the browser picked from locales/, for `<html lang>` and dates. */
export function pageLanguage(): string {
  return t('meta.lang') || 'en';
}

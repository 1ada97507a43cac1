import { COUNTRIES, type Country } from './resources';

/** The country setting: "auto" follows the browser's language and region. */
export const COUNTRY_CHOICES = ['auto', ...COUNTRIES] as const;
export type CountryChoice = (typeof COUNTRY_CHOICES)[number];

const REGIONS: Record<string, Country> = { NL: 'NL', BE: 'BE', GB: 'GB', UK: 'GB', US: 'US' };

/**
 * Picks the country from language tags, most important first (the browser's UI language, then
 * the page languages): the first tag with a region decides (nl-NL → NL, nl-BE and fr-BE → BE,
 * en-GB → GB, en-US → US, any other region → international). Without any region, Dutch means
 * the Netherlands and everything else the international default.
 */
export function countryFromLanguages(tags: readonly (string | null | undefined)[]): Country {
  const parsed = tags
    .filter((tag): tag is string => typeof tag === 'string' && tag.length > 0 && tag.length < 40)
    .map((tag) => {
      const parts = tag.replace(/_/g, '-').split('-');
      const language = parts[0]!.toLowerCase();
      // The region is the first two-letter (or three-digit) subtag after the language; scripts are four letters.
      const region = parts.slice(1).find((p) => /^([a-zA-Z]{2}|\d{3})$/.test(p))?.toUpperCase();
      return { language, region };
    });
  const withRegion = parsed.find((tag) => tag.region);
  if (withRegion) return REGIONS[withRegion.region!] ?? 'INT';
  return parsed[0]?.language === 'nl' ? 'NL' : 'INT';
}

/** The language tags of this browser, in any extension context (pages, content script, background). */
export function browserLanguages(uiLanguage: string | undefined): string[] {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return [uiLanguage ?? '', ...(nav?.languages ?? []), nav?.language ?? ''];
}

/** The country whose help to show: the teen's choice, or the browser's when set to automatic. */
export function resolveCountry(choice: CountryChoice | undefined, languages: readonly string[]): Country {
  if (choice && choice !== 'auto' && (COUNTRIES as readonly string[]).includes(choice)) return choice;
  return countryFromLanguages(languages);
}

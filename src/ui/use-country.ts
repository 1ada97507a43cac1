import { browser } from 'wxt/browser';
import { browserLanguages, resolveCountry, type CountryChoice } from '../help/country';
import type { Country } from '../help/resources';

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The country the browser's language and region point to ("auto"). */
export function detectedCountry(): Country {
  return resolveCountry('auto', browserLanguages(uiLanguage()));
}

/** The country whose help to show for a setting. */
export function countryFor(choice: CountryChoice): Country {
  return resolveCountry(choice, browserLanguages(uiLanguage()));
}

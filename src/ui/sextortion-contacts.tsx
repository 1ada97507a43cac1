import { useEffect, useState } from 'react';
import type { Country } from '../help/resources';
import { FIER_URL, HELPWANTED_URL } from '../nudge/card';
import { loadSettings, watchSettings, type Settings } from '../settings';
import { HelpList } from './help-list';
import { countryFor, detectedCountry } from './use-country';
import { ExternalLink } from './learn-layout';
import { t } from './t';

/**
 * Dutch help contacts, only facts marked ✅ in ../shared/HELP.md (the page it was read on is
 * named there), with what each one does in a moment like this.
 */
export const NL_HELP = {
  fier: { url: FIER_URL },
  helpwanted: { url: HELPWANTED_URL, phone: '020 261 52 75' },
  kindertelefoon: { url: 'https://www.kindertelefoon.nl', phone: '0800-0432' },
  police: { emergency: '112', nonEmergency: '0900-8844' },
  crisis: { url: 'https://www.113.nl' },
} as const;

export const TAKE_IT_DOWN_URL = 'https://takeitdown.ncmec.org';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Who a teen can reach now: chat, phone, police, and the crisis line, in the teen's language. */
export function HelpContacts() {
  const c = NL_HELP;
  return (
    <ul className="contacts" aria-label={t('sextortion.contacts.label')}>
      <li className="contact" data-contact="fier">
        <h3>{t('sextortion.contacts.fier.name')}</h3>
        <p>{t('sextortion.contacts.fier.body')}</p>
        <p className="muted small">{t('sextortion.contacts.fier.hours')}</p>
        <p>
          <ExternalLink href={c.fier.url} className="button primary">
            {t('common.fierLink')}
          </ExternalLink>
        </p>
      </li>
      <li className="contact" data-contact="helpwanted">
        <h3>{t('sextortion.contacts.helpwanted.name')}</h3>
        <p>{t('sextortion.contacts.helpwanted.body')}</p>
        <p className="actions">
          <ExternalLink href={c.helpwanted.url} className="button primary">
            {t('sextortion.contacts.helpwanted.link')}
          </ExternalLink>
          <a href={tel(c.helpwanted.phone)} className="button quiet">
            {t('sextortion.contacts.helpwanted.phone', [c.helpwanted.phone])}
          </a>
        </p>
      </li>
      <li className="contact" data-contact="kindertelefoon">
        <h3>{t('sextortion.contacts.kindertelefoon.name')}</h3>
        <p>{t('sextortion.contacts.kindertelefoon.body')}</p>
        <p className="actions">
          <ExternalLink href={c.kindertelefoon.url} className="button quiet">
            {t('sextortion.contacts.kindertelefoon.link')}
          </ExternalLink>
          <a href={tel(c.kindertelefoon.phone)} className="button quiet">
            {t('sextortion.contacts.kindertelefoon.phone', [c.kindertelefoon.phone])}
          </a>
        </p>
      </li>
      <li className="contact" data-contact="police">
        <h3>{t('sextortion.contacts.police.name')}</h3>
        <p>{t('sextortion.contacts.police.body')}</p>
        <p className="actions">
          <a href={tel(c.police.emergency)} className="button quiet">
            {t('sextortion.contacts.police.emergency', [c.police.emergency])}
          </a>
          <a href={tel(c.police.nonEmergency)} className="button quiet">
            {t('sextortion.contacts.police.nonEmergency', [c.police.nonEmergency])}
          </a>
        </p>
      </li>
      <li className="crisis" data-contact="crisis">
        {t('sextortion.contacts.crisis')}{' '}
        <ExternalLink href={c.crisis.url}>{t('sextortion.contacts.crisisLink')}</ExternalLink>
      </li>
    </ul>
  );
}

/**
 * The help contacts for the teen's country (the options' choice, or the browser's language and
 * region): the full Dutch list above for the Netherlands, the verified list of src/help/ elsewhere.
 */
export function CountryHelpContacts() {
  const [country, setCountry] = useState<Country | null>(null);
  useEffect(() => {
    const pick = (settings: Settings) => setCountry(countryFor(settings.country));
    void loadSettings().then(pick, () => setCountry(detectedCountry()));
    return watchSettings(pick);
  }, []);
  if (!country) return null;
  return country === 'NL' ? <HelpContacts /> : <HelpList country={country} />;
}

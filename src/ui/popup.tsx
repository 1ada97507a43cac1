import { SENSITIVITIES } from '../detector/types';
import { contactRows } from '../nudge/contacts';
import { nudgeContacts, type Country } from '../help/resources';
import { countryFor } from './use-country';
import { effectiveSettings } from '../settings/managed';
import { SchoolNotice } from './school-notice';
import { SiteControl } from './site-control';
import { pageLanguage, t } from './t';
import { HOUR_MS, SENSITIVITY_KEYS, useTeenSettings } from './use-settings';
import { WeekCounts } from './week-counts';

export function Popup() {
  const { settings, stats, managed, change } = useTeenSettings();
  if (!settings) return <main className="popup" aria-busy="true" />;
  // What applies: the teen's choice within the school's limits (the stored choice stays theirs).
  const { sensitivity } = effectiveSettings(settings, managed);
  const minimum = SENSITIVITIES.indexOf(managed.minimumSensitivity ?? 'low');
  const now = Date.now();
  const paused = settings.pausedUntil !== null && settings.pausedUntil > now;
  const pausedUntil = paused
    ? new Date(settings.pausedUntil ?? now).toLocaleTimeString(pageLanguage(), { hour: '2-digit', minute: '2-digit' })
    : '';

  return (
    <main className="popup">
      <header>
        <div>
          <h1>{t('popup.title')}</h1>
          <div className="status muted" aria-live="polite">
            {settings.enabled ? t('popup.on') : t('popup.off')}
          </div>
        </div>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={settings.enabled}
          aria-label={t('popup.toggle')}
          onClick={() => change({ enabled: !settings.enabled })}
        />
      </header>

      <fieldset disabled={!settings.enabled}>
        <legend>{t('popup.sensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} className="option" style={SENSITIVITIES.indexOf(level) < minimum ? { opacity: 0.55 } : undefined}>
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={sensitivity === level}
              disabled={SENSITIVITIES.indexOf(level) < minimum}
              onChange={() => change({ sensitivity: level })}
            />
            <span>{t(SENSITIVITY_KEYS[level].label)}</span>
            <span className="hint">{t(SENSITIVITY_KEYS[level].hint)}</span>
          </label>
        ))}
      </fieldset>

      <SchoolNotice policy={managed} />

      {settings.enabled &&
        (paused ? (
          <div className="paused row" role="status">
            <span>{t('popup.pausedUntil', [pausedUntil])}</span>
            <button type="button" className="button quiet" onClick={() => change({ pausedUntil: null })}>
              {t('popup.resume')}
            </button>
          </div>
        ) : (
          <button type="button" className="button quiet" onClick={() => change({ pausedUntil: Date.now() + HOUR_MS })}>
            {t('popup.pause')}
          </button>
        ))}

      <SiteControl settings={settings} managed={managed} />

      <WeekCounts stats={stats} className="counts" />

      <PopupHelp country={countryFor(settings?.country ?? 'auto')} />
      <p className="muted small" style={{ margin: 0 }}>
        {t('common.privacy')}{' '}
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacy.link')}
        </a>
      </p>
      <a className="small" href="/options.html" target="_blank" rel="noopener">
        {t('options.openSettings')}
      </a>
    </main>
  );
}

/**
 * The main help of the teen's country, as in the nudge: Chat met Fier in the Netherlands, the
 * verified line elsewhere, or "talk with someone you trust" where there is none.
 */
function PopupHelp({ country }: { country: Country }) {
  const [main] = contactRows(nudgeContacts(country, false), t);
  if (!main) return <p className="small">{t('nudge.talk')}</p>;
  if (!main.href) return <p className="small" data-testid="help-line">{main.label}</p>;
  return (
    <a className="button primary" href={main.href} target="_blank" rel="noopener noreferrer" data-testid="help-link">
      {main.label}
    </a>
  );
}

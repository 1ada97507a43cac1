import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SENSITIVITIES } from '../detector/types';
import { COUNTRY_CHOICES, type CountryChoice } from '../help/country';
import { teenOrigins } from '../sites/teen-sites';
import { HelpList } from './help-list';
import './options.css';
import { pageLanguage, t } from './t';
import { countryFor, detectedCountry } from './use-country';
import { HOUR_MS, SENSITIVITY_KEYS, useTeenSettings } from './use-settings';
import { WeekCounts } from './week-counts';

/** Pages other parts of Heads Up provide; the options page links to each. */
const PAGES = [
  { href: '/learn.html', key: 'options.learn' },
  { href: '/report.html', key: 'options.report' },
  { href: '/privacy.html', key: 'options.privacy' },
  { href: '/parents.html', key: 'options.parents' },
] as const;

/** Sites the teen switched on themselves (optional host permissions), kept in step with the browser. */
function useTeenSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const refresh = useCallback(() => {
    // The browser may report a built-in chat site's permission by its whole host
    // (https://www.snapchat.com/* for .../web/*): that one is not the teen's addition.
    void browser.permissions
      .getAll()
      .then(({ origins: granted = [] }) => setOrigins(teenOrigins(granted)));
  }, []);
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);
  // The background unregisters the site's content script when the permission goes.
  const remove = (origin: string) => void browser.permissions.remove({ origins: [origin] }).then(refresh, refresh);
  return { origins, remove };
}

const hostOf = (origin: string) => origin.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

export function Options() {
  const { settings, stats, change } = useTeenSettings();
  const sites = useTeenSites();
  const [unmuted, setUnmuted] = useState(false);
  if (!settings) return <main className="page options" aria-busy="true" />;
  const now = Date.now();
  const paused = settings.pausedUntil !== null && settings.pausedUntil > now;
  const pausedUntil = paused
    ? new Date(settings.pausedUntil ?? now).toLocaleTimeString(pageLanguage(), { hour: '2-digit', minute: '2-digit' })
    : '';
  const country = countryFor(settings.country);

  return (
    <main className="page options">
      <header className="row">
        <div>
          <h1>{t('options.title')}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t('options.intro')}
          </p>
        </div>
      </header>

      <section className="card row" aria-live="polite">
        <strong>{settings.enabled ? t('popup.on') : t('popup.off')}</strong>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={settings.enabled}
          aria-label={t('popup.toggle')}
          onClick={() => change({ enabled: !settings.enabled })}
        />
      </section>

      <fieldset disabled={!settings.enabled}>
        <legend>{t('popup.sensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} className="option">
            <input
              type="radio"
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              onChange={() => change({ sensitivity: level })}
            />
            <span>{t(SENSITIVITY_KEYS[level].label)}</span>
            <span className="hint">{t(SENSITIVITY_KEYS[level].hint)}</span>
          </label>
        ))}
      </fieldset>

      {settings.enabled && (
        <section className="card" aria-labelledby="pause-title">
          <h2 id="pause-title">{t('options.pauseTitle')}</h2>
          {paused ? (
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
          )}
        </section>
      )}

      <section className="card" aria-labelledby="country-title">
        <h2 id="country-title">{t('options.countryTitle')}</h2>
        <p className="muted small">{t('options.countryHint')}</p>
        <label className="field">
          <span>{t('options.countryLabel')}</span>
          <select value={settings.country} onChange={(event) => change({ country: event.target.value as CountryChoice })}>
            {COUNTRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'auto' ? t('options.countryAuto', [t(`help.country.${detectedCountry()}`)]) : t(`help.country.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <h3>{t('help.title')}</h3>
        <HelpList country={country} />
      </section>

      <section className="card" aria-labelledby="muted-title" data-testid="muted">
        <h2 id="muted-title">{t('options.mutedTitle')}</h2>
        {settings.mutedChats.length > 0 ? (
          <div className="row">
            <span>{t('options.mutedCount', [String(settings.mutedChats.length)])}</span>
            <button
              type="button"
              className="button quiet small"
              onClick={() => {
                change({ mutedChats: [] });
                setUnmuted(true);
              }}
            >
              {t('options.unmuteAll')}
            </button>
          </div>
        ) : (
          <p className="muted small" role={unmuted ? 'status' : undefined}>
            {unmuted ? t('options.unmuted') : t('options.mutedNone')}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="sites-title" data-testid="teen-sites">
        <h2 id="sites-title">{t('options.sitesTitle')}</h2>
        {sites.origins.length > 0 ? (
          <ul className="plain">
            {sites.origins.map((origin) => (
              <li key={origin} className="row">
                <span>{hostOf(origin)}</span>
                <button
                  type="button"
                  className="button quiet small"
                  aria-label={t('options.sitesRemoveLabel', [hostOf(origin)])}
                  onClick={() => sites.remove(origin)}
                >
                  {t('options.sitesRemove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('options.sitesNone')}</p>
        )}
        {settings.disabledSites.length > 0 && (
          <>
            <h3>{t('options.offTitle')}</h3>
            <ul className="plain" data-testid="off-sites">
              {settings.disabledSites.map((id) => (
                <li key={id} className="row">
                  <span>{t(`report.sites.${id}.name`) || id}</span>
                  <button
                    type="button"
                    className="button quiet small"
                    onClick={() => change({ disabledSites: settings.disabledSites.filter((other) => other !== id) })}
                  >
                    {t('options.offTurnOn')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <WeekCounts stats={stats} className="card counts" />

      <nav className="card" aria-labelledby="links-title">
        <h2 id="links-title">{t('options.linksTitle')}</h2>
        <ul className="links">
          {PAGES.map((page) => (
            <li key={page.href}>
              <a href={page.href}>{t(page.key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <p className="muted small">{t('common.privacy')}</p>
    </main>
  );
}

import { useEffect, useState } from 'react';
import { CATEGORIES, SENSITIVITIES, type Sensitivity } from '../detector/types';
import { FIER_URL } from '../nudge/card';
import {
  DEFAULT_SETTINGS,
  clearStats,
  loadSettings,
  loadStats,
  totalNudges,
  updateSettings,
  watchSettings,
  watchStats,
  type Settings,
  type Stats,
} from '../settings';
import { SiteControl } from './site-control';
import { pageLanguage, t } from './t';

const HOUR_MS = 60 * 60 * 1000;

const SENSITIVITY_KEYS: Record<Sensitivity, { label: string; hint: string }> = {
  low: { label: 'popup.sensitivityLow', hint: 'popup.sensitivityLowHint' },
  standard: { label: 'popup.sensitivityStandard', hint: 'popup.sensitivityStandardHint' },
  high: { label: 'popup.sensitivityHigh', hint: 'popup.sensitivityHighHint' },
};

function usePopupState() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadStats().then(setStats);
    const stopSettings = watchSettings(setSettings);
    const stopStats = watchStats(() => void loadStats().then(setStats));
    return () => {
      stopSettings();
      stopStats();
    };
  }, []);
  // Show the choice at once; storage confirms (or repairs) it a moment later.
  const change = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...patch }));
    void updateSettings(patch).then(setSettings);
  };
  return { settings, stats, change };
}

export function Popup() {
  const { settings, stats, change } = usePopupState();
  if (!settings) return <main className="popup" aria-busy="true" />;
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

      {settings.enabled && <SiteControl settings={settings} />}

      <section className="counts" aria-labelledby="counts-title">
        <div className="row">
          <h2 id="counts-title">{t('popup.countsTitle')}</h2>
          {stats && totalNudges(stats) > 0 && (
            <button type="button" className="button quiet small" onClick={() => void clearStats()}>
              {t('popup.countsClear')}
            </button>
          )}
        </div>
        {stats && totalNudges(stats) > 0 ? (
          <ul data-testid="counts">
            {CATEGORIES.filter((c) => (stats.counts[c] ?? 0) > 0).map((c) => (
              <li key={c} data-category={c}>
                <span>{t(`category.${c}`)}</span>
                <strong>{stats.counts[c]}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('popup.countsNone')}</p>
        )}
      </section>

      <a className="button primary" href={FIER_URL} target="_blank" rel="noopener noreferrer">
        {t('common.fierLink')}
      </a>
      <p className="muted small" style={{ margin: 0 }}>
        {t('common.privacy')}{' '}
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacy.link')}
        </a>
      </p>
    </main>
  );
}

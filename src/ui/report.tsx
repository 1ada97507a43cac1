import { useEffect, useState } from 'react';
import { loadSettings, watchSettings } from '../settings';
import type { Country } from '../help/resources';
import { HelpList } from './help-list';
import './options.css';
import { REPORT_SITES } from './report-steps';
import { t } from './t';
import { countryFor } from './use-country';

/** report.html: how to block and report someone, per supported site (#<siteId> anchors). */
export function Report() {
  const [country, setCountry] = useState<Country | null>(null);
  useEffect(() => {
    void loadSettings().then((s) => setCountry(countryFor(s.country)));
    return watchSettings((s) => setCountry(countryFor(s.country)));
  }, []);
  // The page is drawn after the browser looked for the #anchor: go there once it exists.
  useEffect(() => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, []);

  return (
    <main className="page report">
      <h1>{t('report.title')}</h1>
      <p className="intro">{t('report.intro')}</p>

      <section className="card warm" aria-labelledby="evidence-title" data-testid="evidence">
        <h2 id="evidence-title">{t('report.evidenceTitle')}</h2>
        <p>{t('report.evidenceBody')}</p>
        <p>
          <strong>{t('report.evidenceImages')}</strong>
        </p>
      </section>

      <nav aria-labelledby="pick-title" className="site-pick">
        <h2 id="pick-title">{t('report.pick')}</h2>
        <ul>
          {REPORT_SITES.map((site) => (
            <li key={site.id}>
              <a href={`#${site.id}`}>{t(`report.sites.${site.id}.name`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted small">{t('report.menuNames')}</p>

      {REPORT_SITES.map((site) => {
        const name = t(`report.sites.${site.id}.name`);
        return (
          <section key={site.id} id={site.id} tabIndex={-1} className="card site" aria-labelledby={`${site.id}-title`}>
            <h2 id={`${site.id}-title`}>{name}</h2>
            <ol>
              {site.steps.map((step) => (
                <li key={step.key}>{step.substitutions ? t(step.key, [name]) : t(step.key)}</li>
              ))}
            </ol>
            {site.note && <p className="note">{t(site.note)}</p>}
          </section>
        );
      })}
      <p className="muted small">{t('report.changed')}</p>

      <section className="card" aria-labelledby="help-title">
        <h2 id="help-title">{t('report.helpTitle')}</h2>
        <p>{t('report.helpBody')}</p>
        {country && <HelpList country={country} />}
      </section>
    </main>
  );
}

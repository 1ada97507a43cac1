import { useEffect } from 'react';
import { HELPWANTED_URL } from '../nudge/card';
import { revealHash } from './learn';
import { Contents, ExternalLink, PageFooter, PageHeader } from './learn-layout';
import { CountryHelpContacts, TAKE_IT_DOWN_URL } from './sextortion-contacts';
import { t } from './t';

const EVIDENCE = ['profile', 'username', 'messages', 'threat'] as const;

/**
 * The urgent page: someone threatens to share pictures. Steady, not scary; "not your fault"
 * first, then the steps in the order the sources in ../shared/HELP.md (Part 3) give them.
 */
export function Sextortion() {
  useEffect(revealHash, []);
  const step = (id: string) => `sextortion.steps.${id}`;
  return (
    <>
      <PageHeader titleKey="sextortion.title" introKey="sextortion.intro" tone="urgent" />
      <Contents
        labelKey="learn.navLabel"
        items={[
          { id: 'steps', labelKey: 'sextortion.stepsTitle' },
          { id: 'remove', labelKey: 'sextortion.removeTitle' },
          { id: 'help', labelKey: 'sextortion.helpTitle' },
        ]}
      />
      <main className="info">
        <section id="not-your-fault" className="callout" aria-labelledby="not-your-fault-title">
          <h2 id="not-your-fault-title">{t('sextortion.faultTitle')}</h2>
          <p>{t('sextortion.faultBody')}</p>
        </section>

        <section id="steps" className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">{t('sextortion.stepsTitle')}</h2>
          <ol className="steps">
            <li id="dont-pay">
              <h3>{t(step('pay.title'))}</h3>
              <p>{t(step('pay.body'))}</p>
            </li>
            <li id="dont-send">
              <h3>{t(step('send.title'))}</h3>
              <p>{t(step('send.body'))}</p>
            </li>
            <li id="keep-chat">
              <h3>{t(step('reply.title'))}</h3>
              <p>{t(step('reply.body'))}</p>
            </li>
            <li id="evidence">
              <h3>{t(step('evidence.title'))}</h3>
              <p>{t(step('evidence.body'))}</p>
              <ul className="checklist">
                {EVIDENCE.map((item) => (
                  <li key={item}>{t(step(`evidence.${item}`))}</li>
                ))}
              </ul>
              <p className="note">{t(step('evidence.note'))}</p>
            </li>
            <li id="block">
              <h3>{t(step('block.title'))}</h3>
              <p>{t(step('block.body'))}</p>
              <p>
                <a href="report.html">{t(step('block.link'))}</a>
              </p>
            </li>
          </ol>
        </section>

        <section id="remove" className="card" aria-labelledby="remove-title">
          <h2 id="remove-title">{t('sextortion.removeTitle')}</h2>
          <p>{t('sextortion.removeHelpwanted')}</p>
          <p>
            <ExternalLink href={HELPWANTED_URL}>{t('common.helpwantedLink')}</ExternalLink>
          </p>
          <p>{t('sextortion.removeTakeItDown')}</p>
          <p>
            <ExternalLink href={TAKE_IT_DOWN_URL}>{t('sextortion.takeItDownLink')}</ExternalLink>
          </p>
        </section>

        <section id="help" className="card" aria-labelledby="help-title">
          <h2 id="help-title">{t('sextortion.helpTitle')}</h2>
          <p>{t('sextortion.helpIntro')}</p>
          <CountryHelpContacts />
          <p>{t('sextortion.trustBody')}</p>
          <p className="muted">
            {t('sextortion.countryNote')} <a href="options.html">{t('sextortion.optionsLink')}</a>
          </p>
        </section>
      </main>
      <PageFooter
        links={[
          { href: 'learn.html', labelKey: 'learn.welcomeLink' },
          { href: 'parents.html', labelKey: 'learn.parentsLink' },
        ]}
      />
    </>
  );
}

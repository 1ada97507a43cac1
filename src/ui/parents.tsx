import { useEffect } from 'react';
import { FIER_URL, HELPWANTED_URL } from '../nudge/card';
import { revealHash } from './learn';
import { Contents, ExternalLink, PageFooter, PageHeader } from './learn-layout';
import { t } from './t';

/** The Firefox add-on id (wxt.config.ts) under which schools configure Heads Up. */
export const FIREFOX_ADDON_ID = 'heads-up@headsup.nl';

/** The managed-policy keys of the `school` contract (src/settings/managed.ts, docs/DEPLOY.md). */
const POLICY_KEYS = ['minimumSensitivity', 'schoolName', 'helpContact', 'alwaysOnSites'] as const;

/** One example policy, in the school's language, with every key a school can set. */
function examplePolicy() {
  return {
    minimumSensitivity: 'standard',
    schoolName: t('parents.exampleSchool'),
    helpContact: { name: t('parents.exampleContact'), url: 'https://school.example/help', hours: t('parents.exampleHours') },
    alwaysOnSites: ['chat.school.example'],
  };
}

/** Google Admin's "Policy for extensions" wants each key as { "Value": … }. */
export function chromeAdminExample(): string {
  const policy = Object.fromEntries(Object.entries(examplePolicy()).map(([key, value]) => [key, { Value: value }]));
  return JSON.stringify(policy, null, 2);
}

/** Firefox policies.json: install with ExtensionSettings, settings under "3rdparty". */
export function firefoxExample(): string {
  return JSON.stringify(
    {
      policies: {
        ExtensionSettings: {
          [FIREFOX_ADDON_ID]: { installation_mode: 'force_installed', install_url: t('parents.installUrl') },
        },
        '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: examplePolicy() } },
      },
    },
    null,
    2,
  );
}

function Example({ id, code }: { id: string; code: string }) {
  return (
    <figure className="example" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t('parents.exampleLabel')}</figcaption>
      <pre>
        <code data-testid={id}>{code}</code>
      </pre>
    </figure>
  );
}

export function Parents() {
  useEffect(revealHash, []);
  return (
    <>
      <PageHeader titleKey="parents.title" introKey="parents.intro" />
      <Contents
        labelKey="parents.navLabel"
        items={[
          { id: 'what', labelKey: 'parents.doesTitle' },
          { id: 'no-reports', labelKey: 'parents.noReportTitle' },
          { id: 'talk', labelKey: 'parents.talkTitle' },
          { id: 'deploy', labelKey: 'parents.deployTitle' },
        ]}
      />
      <main className="info">
        <section id="what" className="card" aria-labelledby="what-title">
          <h2 id="what-title">{t('parents.doesTitle')}</h2>
          <ul className="ticks">
            {(['read', 'spot', 'nudge', 'explain'] as const).map((k) => (
              <li key={k}>{t(`parents.does.${k}`)}</li>
            ))}
          </ul>
        </section>

        <section id="what-not" className="card" aria-labelledby="what-not-title">
          <h2 id="what-not-title">{t('parents.doesNotTitle')}</h2>
          <ul className="crosses">
            {(['send', 'block', 'sure', 'apps', 'replace'] as const).map((k) => (
              <li key={k}>{t(`parents.doesNot.${k}`)}</li>
            ))}
          </ul>
        </section>

        <section id="no-reports" className="callout" aria-labelledby="no-reports-title">
          <h2 id="no-reports-title">{t('parents.noReportTitle')}</h2>
          <p>{t('parents.noReportBody1')}</p>
          <p>{t('parents.noReportBody2')}</p>
        </section>

        <section id="talk" className="card" aria-labelledby="talk-title">
          <h2 id="talk-title">{t('parents.talkTitle')}</h2>
          <ul className="flags">
            {(['open', 'blame', 'phone', 'calm', 'help'] as const).map((k) => (
              <li key={k}>{t(`parents.talk.${k}`)}</li>
            ))}
          </ul>
          <p>
            <ExternalLink href={FIER_URL}>{t('common.fierLink')}</ExternalLink>
          </p>
        </section>

        <section id="threats" className="callout urgent" aria-labelledby="threats-title">
          <h2 id="threats-title">{t('parents.threatTitle')}</h2>
          <p>{t('parents.threatBody')}</p>
          <p className="actions">
            <a href="sextortion.html">{t('parents.threatLink')}</a>
            <ExternalLink href={HELPWANTED_URL}>{t('common.helpwantedLink')}</ExternalLink>
          </p>
        </section>

        <section id="deploy" className="card" aria-labelledby="deploy-title">
          <h2 id="deploy-title">{t('parents.deployTitle')}</h2>
          <p>{t('parents.deployIntro')}</p>

          <h3 id="deploy-chrome">{t('parents.chromeTitle')}</h3>
          <ol className="plain-steps">
            {(['s1', 's2', 's3', 's4'] as const).map((k) => (
              <li key={k}>{t(`parents.chrome.${k}`)}</li>
            ))}
          </ol>
          <Example id="chrome-policy" code={chromeAdminExample()} />

          <h3 id="deploy-firefox">{t('parents.firefoxTitle')}</h3>
          <ol className="plain-steps">
            {(['s1', 's2'] as const).map((k) => (
              <li key={k}>{t(`parents.firefox.${k}`)}</li>
            ))}
          </ol>
          <Example id="firefox-policy" code={firefoxExample()} />

          <h3 id="deploy-keys">{t('parents.keysTitle')}</h3>
          <dl className="keys">
            {POLICY_KEYS.map((key) => (
              <div key={key}>
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>{t(`parents.keys.${key}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('parents.keysNote')}</p>
        </section>
      </main>
      <PageFooter
        links={[
          { href: 'learn.html', labelKey: 'learn.welcomeLink' },
          { href: 'sextortion.html', labelKey: 'learn.threatLink' },
        ]}
      />
    </>
  );
}

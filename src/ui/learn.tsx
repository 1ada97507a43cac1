import { useEffect } from 'react';
import type { Category } from '../detector/types';
import { FIER_URL } from '../nudge/card';
import { Contents, ExternalLink, PageFooter, PageHeader } from './learn-layout';
import { t } from './t';

/**
 * The grooming stages in the order a teen meets them (Elliot 2017; Winters et al. 2020, see
 * ../shared/DESIGN.md section 1), each move with its category id as the anchor, so the nudge's
 * "why" can open learn.html#<category>.
 */
export const LEARN_STAGES: { id: string; categories: Category[] }[] = [
  { id: 'start', categories: ['personal_info', 'flattery_trust', 'gifts_money'] },
  { id: 'alone', categories: ['alone_check', 'isolation', 'secrecy', 'platform_switch'] },
  { id: 'more', categories: ['sexual_content', 'photo_request', 'meeting'] },
  { id: 'control', categories: ['threat_sextortion', 'location_control', 'account_control'] },
];

const FLAGS = ['fast', 'special', 'secret', 'privateApp', 'pushy', 'story'] as const;
const STEPS = ['stop', 'send', 'save', 'block', 'talk'] as const;

/**
 * The page is drawn after the browser looked for the #anchor, so go to it once drawn and move
 * the focus there, so keyboard and screen-reader users start at the move the nudge named.
 */
export function revealHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  if (target.tabIndex < 0) target.focus({ preventScroll: true });
}

function Move({ category }: { category: Category }) {
  const key = (part: string) => `learn.cat.${category}.${part}`;
  return (
    <article id={category} className="move" aria-labelledby={`${category}-title`} tabIndex={-1}>
      <h4 id={`${category}-title`}>{t(key('title'))}</h4>
      <p>{t(key('body'))}</p>
      <p className="label">{t('learn.exampleLabel')}</p>
      <ul className="examples">
        <li>{t(key('ex1'))}</li>
        <li>{t(key('ex2'))}</li>
      </ul>
      <p className="do">
        <strong>{t('learn.doLabel')}:</strong> {t(key('do'))}
      </p>
      {category === 'threat_sextortion' && (
        <p>
          <a className="button urgent" href="sextortion.html">
            {t(key('link'))}
          </a>
        </p>
      )}
    </article>
  );
}

export function Learn() {
  useEffect(revealHash, []);
  return (
    <>
      <PageHeader titleKey="learn.title" introKey="learn.intro" />
      <Contents
        labelKey="learn.navLabel"
        items={[
          ...LEARN_STAGES.map((stage) => ({ id: `stage-${stage.id}`, labelKey: `learn.stage.${stage.id}.title` })),
          { id: 'red-flags', labelKey: 'learn.flagsTitle' },
          { id: 'what-to-do', labelKey: 'learn.doTitle' },
        ]}
      />
      <main className="info">
        <section id="not-your-fault" className="callout" aria-labelledby="not-your-fault-title">
          <h2 id="not-your-fault-title">{t('learn.faultTitle')}</h2>
          <p>{t('learn.faultBody')}</p>
        </section>

        <section id="stages" aria-labelledby="stages-title">
          <h2 id="stages-title">{t('learn.stagesTitle')}</h2>
          <p>{t('learn.stagesIntro')}</p>
          {LEARN_STAGES.map((stage) => (
            <section key={stage.id} id={`stage-${stage.id}`} className="stage" aria-labelledby={`stage-${stage.id}-title`}>
              <h3 id={`stage-${stage.id}-title`}>{t(`learn.stage.${stage.id}.title`)}</h3>
              <p className="stage-intro">{t(`learn.stage.${stage.id}.intro`)}</p>
              <div className="moves">
                {stage.categories.map((category) => (
                  <Move key={category} category={category} />
                ))}
              </div>
            </section>
          ))}
        </section>

        <section id="red-flags" className="card" aria-labelledby="red-flags-title">
          <h2 id="red-flags-title">{t('learn.flagsTitle')}</h2>
          <p>{t('learn.flagsIntro')}</p>
          <ul className="flags">
            {FLAGS.map((flag) => (
              <li key={flag}>{t(`learn.flags.${flag}`)}</li>
            ))}
          </ul>
        </section>

        <section id="what-to-do" className="card" aria-labelledby="what-to-do-title">
          <h2 id="what-to-do-title">{t('learn.doTitle')}</h2>
          <p>{t('learn.doIntro')}</p>
          <ol className="steps">
            {STEPS.map((step) => (
              <li key={step} id={`do-${step}`}>
                <h3>{t(`learn.steps.${step}.title`)}</h3>
                <p>{t(`learn.steps.${step}.body`)}</p>
                {step === 'block' && (
                  <p>
                    <a href="report.html">{t('learn.steps.block.link')}</a>
                  </p>
                )}
                {step === 'talk' && (
                  <p>
                    <ExternalLink href={FIER_URL} className="button primary">
                      {t('common.fierLink')}
                    </ExternalLink>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section id="threats" className="callout urgent" aria-labelledby="threats-title">
          <h2 id="threats-title">{t('learn.threatTitle')}</h2>
          <p>{t('learn.threatBody')}</p>
          <p>
            <a className="button urgent" href="sextortion.html">
              {t('learn.threatLink')}
            </a>
          </p>
        </section>
      </main>
      <PageFooter links={[{ href: 'parents.html', labelKey: 'learn.parentsLink' }]} />
    </>
  );
}

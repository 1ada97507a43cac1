import { FIER_URL } from '../nudge/card';
import { t } from './t';

export function Welcome() {
  return (
    <main className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="intro">{t('welcome.intro')}</p>
      <section>
        <h2>{t('welcome.whatTitle')}</h2>
        <p>{t('welcome.whatBody')}</p>
      </section>
      <section>
        <h2>{t('welcome.privacyTitle')}</h2>
        <p>{t('welcome.privacyBody')}</p>
        <p style={{ marginTop: 8 }}>
          <a href="/privacy.html">{t('privacy.link')}</a>
        </p>
      </section>
      <section>
        <h2>{t('welcome.sensitivityTitle')}</h2>
        <p>{t('welcome.sensitivityBody')}</p>
      </section>
      <section>
        <h2>{t('welcome.helpTitle')}</h2>
        <p>{t('welcome.helpBody')}</p>
        <p style={{ marginTop: 10 }}>
          <a className="button primary" href={FIER_URL} target="_blank" rel="noopener noreferrer">
            {t('common.fierLink')}
          </a>
        </p>
      </section>
      <nav className="more-links" aria-label={t('learn.navLabel')}>
        <a href="learn.html">{t('learn.welcomeLink')}</a>
        <a href="parents.html">{t('learn.parentsLink')}</a>
      </nav>
    </main>
  );
}

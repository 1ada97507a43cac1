import { PRIVACY_SECTIONS, itemKeys } from './privacy-sections';
import { t } from './t';

/** What Heads Up reads, keeps and never does (DESIGN.md section 6), in the browser's language. */
export function Privacy() {
  return (
    <main className="welcome privacy">
      <h1>{t('privacy.title')}</h1>
      <p className="intro">{t('privacy.intro')}</p>
      {PRIVACY_SECTIONS.map(({ id, items }) => (
        <section key={id} data-section={id} aria-labelledby={`privacy-${id}`}>
          <h2 id={`privacy-${id}`}>{t(`privacy.${id}.title`)}</h2>
          <ul>
            {itemKeys(id, items).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

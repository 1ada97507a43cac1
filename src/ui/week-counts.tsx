import { CATEGORIES } from '../detector/types';
import { clearStats, totalNudges, type Stats } from '../settings';
import { t } from './t';

/** This week's heads-ups per category, with "clear": the same in the popup and the options. */
export function WeekCounts({ stats, className }: { stats: Stats | null; className: string }) {
  const any = stats !== null && totalNudges(stats) > 0;
  return (
    <section className={className} aria-labelledby="counts-title">
      <div className="row">
        <h2 id="counts-title">{t('popup.countsTitle')}</h2>
        {any && (
          <button type="button" className="button quiet small" onClick={() => void clearStats()}>
            {t('popup.countsClear')}
          </button>
        )}
      </div>
      {any ? (
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
  );
}

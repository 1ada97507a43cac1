import type { Sensitivity } from '../detector/types';
import type { ManagedPolicy } from '../settings/managed';
import { t } from './t';

const LEVEL_LABEL: Record<Sensitivity, string> = {
  low: 'popup.sensitivityLow',
  standard: 'popup.sensitivityStandard',
  high: 'popup.sensitivityHigh',
};

/** How many always-on sites are named before "+N". */
const SHOWN_SITES = 3;

/**
 * Says in the popup that a school set some settings, and which, so a greyed-out choice is never
 * a mystery. Also says what a school can never see (nothing is reported to a school).
 */
export function SchoolNotice({ policy }: { policy: ManagedPolicy }) {
  const { schoolName, minimumSensitivity, alwaysOnSites = [], helpContact } = policy;
  if (!schoolName && !minimumSensitivity && alwaysOnSites.length === 0 && !helpContact) return null;
  const sites =
    alwaysOnSites.length > SHOWN_SITES
      ? `${alwaysOnSites.slice(0, SHOWN_SITES).join(', ')} +${alwaysOnSites.length - SHOWN_SITES}`
      : alwaysOnSites.join(', ');
  return (
    <section className="counts" data-testid="school" aria-labelledby="school-title">
      <h2 id="school-title">{t('school.title')}</h2>
      <p className="small" style={{ margin: '4px 0' }}>
        {schoolName ? t('school.named', [schoolName]) : t('school.unnamed')}
      </p>
      <ul className="small" style={{ margin: '0 0 6px', paddingLeft: 18, listStyle: 'disc', display: 'block' }}>
        {minimumSensitivity && <li data-testid="school-minimum" style={{ display: 'list-item' }}>{t('school.minimum', [t(LEVEL_LABEL[minimumSensitivity])])}</li>}
        {alwaysOnSites.length > 0 && <li style={{ display: 'list-item' }}>{t('school.alwaysOn', [sites])}</li>}
        {helpContact && <li style={{ display: 'list-item' }}>{t('school.contact', [helpContact.name])}</li>}
      </ul>
      <p className="muted small" style={{ margin: 0 }}>
        {t('school.privacy')}
      </p>
    </section>
  );
}

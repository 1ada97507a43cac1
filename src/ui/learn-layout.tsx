import type { ReactNode } from 'react';
import { t } from './t';
import './learn-pages.css';

/** A link to a help site: always a new tab, never telling the site where the teen came from. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The top of an information page: the page's one h1 and a short intro (a `banner` landmark). */
export function PageHeader({ titleKey, introKey, tone }: { titleKey: string; introKey: string; tone?: 'urgent' }) {
  return (
    <header className={`info-head${tone === 'urgent' ? ' urgent' : ''}`}>
      <p className="brand">{t('extension.name')}</p>
      <h1>{t(titleKey)}</h1>
      <p className="intro">{t(introKey)}</p>
    </header>
  );
}

/** "On this page": jump links to the sections, so a long page stays scannable. */
export function Contents({ labelKey, items }: { labelKey: string; items: { id: string; labelKey: string }[] }) {
  return (
    <nav className="info-nav" aria-label={t(labelKey)}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{t(item.labelKey)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The foot of an information page: where else to read, and the privacy promise. */
export function PageFooter({ links }: { links: { href: string; labelKey: string }[] }) {
  return (
    <footer className="info-foot">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{t(link.labelKey)}</a>
          </li>
        ))}
      </ul>
      <p className="muted">{t('common.privacy')}</p>
    </footer>
  );
}

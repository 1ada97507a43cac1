import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { pageLanguage, t } from './t';
import './page.css';

/** Mounts an extension page in the teen's language. */
export function mount(node: ReactNode, titleKey: string): void {
  document.documentElement.lang = pageLanguage();
  document.title = t(titleKey);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode>{node}</StrictMode>);
}

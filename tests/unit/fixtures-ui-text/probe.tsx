// A probe for tests/unit/ui-text.test.ts: each hard-coded phrase here must be found. Not built.
declare function t(key: string): string;
declare function el(doc: unknown, tag: string, options: { text: string }): void;

export function Probe() {
  el(null, 'p', { text: 'Secret message' });
  return (
    <div>
      <button aria-label="Close this">×</button>
      <p>Turn it off</p>
      <p>{t('popup.title')}</p>
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabStatus, type TabStatus } from '../sites/teen-sites';
import { updateSettings, type Settings } from '../settings';
import { isAlwaysOn, type ManagedPolicy } from '../settings/managed';
import { t } from './t';

/**
 * The tab the popup is about: the active tab, or `?tab=<id>` when the popup is opened as a page
 * of its own (keyboard users, tests).
 */
async function currentTab(): Promise<{ id?: number; url?: string }> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? {};
}

function useTabStatus(disabledSites: readonly string[]) {
  const [tab, setTab] = useState<{ id?: number; url?: string } | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const refresh = useCallback(async () => {
    const [found, permissions] = await Promise.all([currentTab().catch(() => ({})), browser.permissions.getAll()]);
    setTab(found);
    setGranted(permissions.origins ?? []);
  }, []);
  useEffect(() => {
    void refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);
  const status: TabStatus | null = tab ? tabStatus(tab.url, granted, disabledSites) : null;
  return { status, host: tab?.url ? new URL(tab.url).hostname : '', refresh };
}

export function SiteControl({ settings, managed = {} }: { settings: Settings; managed?: ManagedPolicy }) {
  const { status: tabStatus, host, refresh } = useTabStatus(settings.disabledSites);
  // On a site the school keeps on, Heads Up is on whatever the teen switched; the teen can still
  // switch it on where permission is missing, never off.
  const schoolOn = isAlwaysOn(managed, host);
  const status: TabStatus | null =
    schoolOn && tabStatus?.kind === 'site-off' ? { kind: 'supported', siteId: tabStatus.siteId } : tabStatus;
  if (!status || status.kind === 'unavailable') return null;
  if (!settings.enabled && !schoolOn) return null;

  const setSiteOff = (siteId: string, off: boolean) =>
    void updateSettings({
      disabledSites: off ? [...settings.disabledSites, siteId] : settings.disabledSites.filter((id) => id !== siteId),
    });
  // The request must come straight from the teen's click: the browser shows its own prompt.
  const turnOn = (origin: string) => void browser.permissions.request({ origins: [origin] }).then(refresh, refresh);
  const turnOff = (origin: string) => void browser.permissions.remove({ origins: [origin] }).then(refresh, refresh);

  let line: string;
  let action: { label: string; run: () => void } | null = null;
  let hint = '';
  switch (status.kind) {
    case 'supported':
      line = t('popup.site.supported', [host]);
      action = { label: t('popup.site.turnOff'), run: () => setSiteOff(status.siteId, true) };
      break;
    case 'site-off':
      line = t('popup.site.siteOff', [host]);
      action = { label: t('popup.site.turnOn'), run: () => setSiteOff(status.siteId, false) };
      break;
    case 'not-chat-page':
      line = t('popup.site.notChatPage', [host]);
      break;
    case 'teen-site':
      line = t('popup.site.teenSite', [host]);
      action = { label: t('popup.site.turnOff'), run: () => turnOff(status.origin) };
      break;
    case 'other-site':
      line = t('popup.site.otherSite', [host]);
      action = { label: t('popup.site.turnOn'), run: () => turnOn(status.origin) };
      hint = t('popup.site.turnOnHint');
      break;
  }
  if (schoolOn) {
    if (status.kind === 'supported' || status.kind === 'teen-site') action = null;
    hint = status.kind === 'other-site' ? t('school.siteAsksOn') : t('school.siteAlwaysOn');
  }

  return (
    <section className="counts" aria-labelledby="site-title" data-testid="site" data-status={status.kind} data-school-on={schoolOn || undefined}>
      <h2 id="site-title">{t('popup.site.title')}</h2>
      <p className="small" style={{ margin: '4px 0 8px' }}>
        {line}
      </p>
      {action && (
        <button type="button" className="button quiet small" onClick={action.run}>
          {action.label}
        </button>
      )}
      {hint && <p className="muted small" style={{ margin: '6px 0 0' }}>{hint}</p>}
    </section>
  );
}

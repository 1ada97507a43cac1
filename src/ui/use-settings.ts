import { useEffect, useState } from 'react';
import type { Sensitivity } from '../detector/types';
import { DEFAULT_SETTINGS, loadSettings, loadStats, updateSettings, watchSettings, watchStats, type Settings, type Stats } from '../settings';
import { readManaged, watchManaged, type ManagedPolicy } from '../settings/managed';

/** "Pause for 1 hour", in the popup and the options. */
export const HOUR_MS = 60 * 60 * 1000;

/** The words of each sensitivity and its one-line hint. */
export const SENSITIVITY_KEYS: Record<Sensitivity, { label: string; hint: string }> = {
  low: { label: 'popup.sensitivityLow', hint: 'popup.sensitivityLowHint' },
  standard: { label: 'popup.sensitivityStandard', hint: 'popup.sensitivityStandardHint' },
  high: { label: 'popup.sensitivityHigh', hint: 'popup.sensitivityHighHint' },
};

/**
 * The teen's settings, this week's counts and the school's policy, kept in step with storage,
 * for the popup and the options page. `change` shows a choice at once; storage confirms (or
 * repairs) it a moment later.
 */
export function useTeenSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [managed, setManaged] = useState<ManagedPolicy>({});
  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadStats().then(setStats);
    void readManaged().then(setManaged);
    const stopSettings = watchSettings(setSettings);
    const stopStats = watchStats(() => void loadStats().then(setStats));
    const stopManaged = watchManaged(setManaged);
    return () => {
      stopSettings();
      stopStats();
      stopManaged();
    };
  }, []);
  const change = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...patch }));
    void updateSettings(patch).then(setSettings);
  };
  return { settings, stats, managed, change };
}

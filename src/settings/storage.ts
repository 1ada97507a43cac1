import { browser } from 'wxt/browser';
import { repairSettings } from './repair';
import { DEFAULT_SETTINGS, type Settings, type Stats } from './schema';
import { countNudge, currentStats } from './stats';
import type { Category } from '../detector/types';

/** storage.local only: storage.sync would copy settings to an account (DESIGN.md section 5). */
const KEYS = { settings: 'settings', stats: 'stats', salt: 'salt' } as const;

/** Reads and validates the settings; repairs storage when something was wrong. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEYS.settings);
    const { settings, repairedFields } = repairSettings(stored[KEYS.settings]);
    if (repairedFields.length > 0) await browser.storage.local.set({ [KEYS.settings]: settings });
    return settings;
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const { settings } = repairSettings({ ...current, ...change });
  await browser.storage.local.set({ [KEYS.settings]: settings });
  return settings;
}

/** Calls back with repaired settings whenever another context changes them. Returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEYS.settings in changes)) return;
    callback(repairSettings(changes[KEYS.settings]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function loadStats(now = Date.now()): Promise<Stats> {
  const stored = await browser.storage.local.get(KEYS.stats);
  return currentStats(stored[KEYS.stats], now);
}

export async function recordNudge(category: Category, now = Date.now()): Promise<void> {
  const stats = await loadStats(now);
  await browser.storage.local.set({ [KEYS.stats]: countNudge(stats, category) });
}

export async function clearStats(now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [KEYS.stats]: currentStats(null, now) });
}

export function watchStats(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.stats in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A random per-install salt, so muted-chat hashes cannot be matched against known names. */
async function salt(): Promise<string> {
  const stored = await browser.storage.local.get(KEYS.salt);
  const existing = stored[KEYS.salt];
  if (typeof existing === 'string' && /^[0-9a-f]{32}$/.test(existing)) return existing;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const fresh = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.local.set({ [KEYS.salt]: fresh });
  return fresh;
}

/** Salted SHA-256 of a conversation id: how muted chats are remembered. */
export async function chatKey(siteId: string, conversationId: string): Promise<string> {
  const data = new TextEncoder().encode(`${await salt()}\u0000${siteId}\u0000${conversationId}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function muteChat(key: string): Promise<void> {
  const { mutedChats } = await loadSettings();
  if (!mutedChats.includes(key)) await updateSettings({ mutedChats: [...mutedChats, key].slice(-500) });
}

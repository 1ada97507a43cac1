import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  chatKey,
  clearStats,
  isoWeek,
  loadSettings,
  loadStats,
  muteChat,
  recordNudge,
  repairSettings,
  updateSettings,
} from '../../src/settings';

const HASH = 'a'.repeat(64);

describe('repairSettings', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string where an object belongs', 'standard'],
    ['a number', 42],
    ['an array', ['enabled', true]],
    ['an empty object', {}],
  ])('turns %s into the defaults', (_label, raw) => {
    expect(repairSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid choices and resets only the broken fields', () => {
    const { settings, repairedFields } = repairSettings({
      version: 1,
      enabled: false,
      sensitivity: 'extreme',
      pausedUntil: 'tomorrow',
      mutedChats: [HASH],
      disabledSites: null,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, mutedChats: [HASH] });
    expect(repairedFields.sort()).toEqual(['disabledSites', 'pausedUntil', 'sensitivity']);
  });

  test('drops unknown keys and repairs a future or missing version', () => {
    const { settings, repairedFields } = repairSettings({ version: 99, sensitivity: 'high', telemetry: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
    expect(settings).not.toHaveProperty('telemetry');
    expect(repairedFields).toContain('version');
    expect(repairedFields).toContain('telemetry');
  });

  test('keeps the valid entries of a half-broken list', () => {
    const { settings } = repairSettings({ mutedChats: [HASH, 12, 'Mark de Vries', null, HASH, 'b'.repeat(64)] });
    expect(settings.mutedChats).toEqual([HASH, 'b'.repeat(64)]);
  });

  test('rejects wrong types inside fields', () => {
    const { settings } = repairSettings({ enabled: 'yes', pausedUntil: -5, sensitivity: ['high'] });
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test('survives a huge value', () => {
    const { settings } = repairSettings({ sensitivity: 'x'.repeat(1_000_000), mutedChats: new Array(100_000).fill(HASH) });
    expect(settings.sensitivity).toBe('standard');
    expect(settings.mutedChats).toEqual([HASH]);
  });
});

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a fresh install reads the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('garbage in storage is repaired and written back', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'nope', sensitivity: 'low', extra: { deep: 1 } } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
  });

  test('updates are validated too', async () => {
    await updateSettings({ sensitivity: 'high' });
    await updateSettings({ sensitivity: 'loud' as never });
    expect((await loadSettings()).sensitivity).toBe('standard');
  });

  test('nothing is written to storage.sync', async () => {
    await updateSettings({ sensitivity: 'high' });
    await recordNudge('secrecy');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('weekly counts', () => {
  beforeEach(() => fakeBrowser.reset());
  const monday = new Date(2026, 10, 23, 9).getTime();
  const sunday = new Date(2026, 10, 29, 22).getTime();
  const nextMonday = new Date(2026, 10, 30, 0, 30).getTime();

  test('ISO weeks start on Monday', () => {
    expect(isoWeek(monday)).toBe('2026-W48');
    expect(isoWeek(sunday)).toBe('2026-W48');
    expect(isoWeek(nextMonday)).toBe('2026-W49');
    expect(isoWeek(new Date(2027, 0, 1).getTime())).toBe('2026-W53');
  });

  test('counts per category within a week, then start again', async () => {
    await recordNudge('secrecy', monday);
    await recordNudge('secrecy', sunday);
    await recordNudge('alone_check', sunday);
    expect((await loadStats(sunday)).counts).toEqual({ secrecy: 2, alone_check: 1 });
    expect((await loadStats(nextMonday)).counts).toEqual({});
  });

  test('clearing empties the counts', async () => {
    await recordNudge('photo_request', monday);
    await clearStats(monday);
    expect((await loadStats(monday)).counts).toEqual({});
  });

  test('corrupted counts read as an empty week', async () => {
    await fakeBrowser.storage.local.set({ stats: { week: 'soon', counts: 'many' } });
    expect((await loadStats(monday)).counts).toEqual({});
  });
});

describe('muted chats', () => {
  beforeEach(() => fakeBrowser.reset());

  test('are stored as salted hashes, never the conversation name', async () => {
    const key = await chatKey('whatsapp', 'Mark de Vries');
    await muteChat(key);
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain('Mark');
    expect((await loadSettings()).mutedChats).toEqual([key]);
    expect(await chatKey('whatsapp', 'Mark de Vries')).toBe(key);
    expect(await chatKey('whatsapp', 'Sanne')).not.toBe(key);
  });
});

describe('the help country setting', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults to automatic, also for settings saved before it existed', () => {
    expect(DEFAULT_SETTINGS.country).toBe('auto');
    const { settings, repairedFields } = repairSettings({ version: 1, enabled: true, sensitivity: 'high', pausedUntil: null, mutedChats: [], disabledSites: [] });
    expect(settings.country).toBe('auto');
    expect(repairedFields).toEqual([]);
  });

  test.each(['auto', 'NL', 'BE', 'GB', 'US', 'INT'] as const)('keeps %s', (country) => {
    expect(repairSettings({ country }).settings.country).toBe(country);
  });

  test.each([['FR'], ['nl'], [''], [null], [42], [['GB']]])('repairs %j to automatic, keeping the rest', (country) => {
    const { settings, repairedFields } = repairSettings({ ...DEFAULT_SETTINGS, sensitivity: 'low', country });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
    expect(repairedFields).toEqual(['country']);
  });

  test('a choice is stored, and a bad one is refused', async () => {
    await updateSettings({ country: 'GB' });
    expect((await loadSettings()).country).toBe('GB');
    await updateSettings({ country: 'Narnia' as never });
    expect((await loadSettings()).country).toBe('auto');
  });
});

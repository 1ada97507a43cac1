import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';
import {
  effectiveSettings,
  isAlwaysOn,
  loadEffectiveSettings,
  parseManaged,
  readManaged,
  siteHost,
  watchEffectiveSettings,
  watchManaged,
  type ManagedPolicy,
} from '../../src/settings/managed';

const VALID = {
  minimumSensitivity: 'standard',
  schoolName: 'Da Vinci College',
  helpContact: { name: 'Mevrouw Jansen (vertrouwenspersoon)', url: 'https://davinci.example.nl/hulp', phone: '+31 10-123 4567', hours: 'ma–vr 8:30–16:00' },
  alwaysOnSites: ['chat.davinci.example.nl', 'https://forum.example.org/'],
};

/** fakeBrowser's storage.managed is not the browser's: stub what the browser would answer. */
function policyInBrowser(answer: () => Promise<unknown>) {
  vi.spyOn(browser.storage.managed, 'get').mockImplementation(answer as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('a valid policy', () => {
  test('is read whole', () => {
    const { policy, ignored } = parseManaged(VALID);
    expect(ignored).toEqual([]);
    expect(policy).toEqual({
      minimumSensitivity: 'standard',
      schoolName: 'Da Vinci College',
      helpContact: VALID.helpContact,
      alwaysOnSites: ['chat.davinci.example.nl', 'forum.example.org'],
    });
  });

  test('no policy at all is an empty policy, with nothing to report', () => {
    expect(parseManaged(undefined)).toEqual({ policy: {}, ignored: [] });
    expect(parseManaged({})).toEqual({ policy: {}, ignored: [] });
  });
});

describe('garbage in a policy: each invalid field is ignored, the valid ones kept, never a throw', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a number as sensitivity', { minimumSensitivity: 3 }, 'minimumSensitivity'],
    ['an unknown sensitivity', { minimumSensitivity: 'extreme' }, 'minimumSensitivity'],
    ['an object as sensitivity', { minimumSensitivity: { value: 'high' } }, 'minimumSensitivity'],
    ['a huge school name', { schoolName: 'x'.repeat(1_000_000) }, 'schoolName'],
    ['a school name of 81 characters', { schoolName: 'a'.repeat(81) }, 'schoolName'],
    ['an empty school name', { schoolName: '   ' }, 'schoolName'],
    ['a school name with control characters', { schoolName: 'Da Vinci\u0000\u202e' }, 'schoolName'],
    ['a list as school name', { schoolName: ['Da Vinci'] }, 'schoolName'],
    ['a list as help contact', { helpContact: [{ name: 'Jansen' }] }, 'helpContact'],
    ['a string as help contact', { helpContact: 'call 112' }, 'helpContact'],
    ['a help contact without name', { helpContact: { phone: '112' } }, 'helpContact'],
    ['an object as always-on sites', { alwaysOnSites: { 0: 'chat.school.nl' } }, 'alwaysOnSites'],
    ['a string as always-on sites', { alwaysOnSites: 'chat.school.nl' }, 'alwaysOnSites'],
    ['an unknown key', { reportToParents: true }, 'reportToParents'],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>, '__proto__'],
    ['nested junk', { helpContact: { name: { first: 'A' } } }, 'helpContact'],
  ];

  test.each(cases)('%s', (_label, garbage, field) => {
    const { policy, ignored } = parseManaged({ ...VALID, ...garbage });
    expect(ignored.map((i) => i.field)).toContain(field);
    // Everything else of the valid policy is still there.
    for (const key of Object.keys(VALID) as (keyof typeof VALID)[]) {
      if (key in garbage) expect(policy[key as keyof ManagedPolicy]).toBeUndefined();
      else expect(policy[key as keyof ManagedPolicy]).toBeDefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a reason is given, without the value itself', () => {
    const secret = 'javascript:alert("x")';
    const { ignored } = parseManaged({ helpContact: { name: 'Jansen', url: secret } });
    expect(ignored).toEqual([{ field: 'helpContact.url', reason: 'not an https address' }]);
    expect(JSON.stringify(ignored)).not.toContain('alert');
  });

  test.each([
    ['javascript: url', { url: 'javascript:alert(1)' }, 'url'],
    ['http url', { url: 'http://school.nl/help' }, 'url'],
    ['data url', { url: 'data:text/html,<b>hi</b>' }, 'url'],
    ['url with a password', { url: 'https://user:pass@school.nl/' }, 'url'],
    ['relative url', { url: '/help' }, 'url'],
    ['a number as url', { url: 42 }, 'url'],
    ['phone with letters', { phone: '0800-HELP' }, 'phone'],
    ['phone with markup', { phone: '<img src=x onerror=alert(1)>' }, 'phone'],
    ['phone too long', { phone: '1'.repeat(31) }, 'phone'],
    ['phone of one digit', { phone: '1' }, 'phone'],
    ['phone as a number', { phone: 112 }, 'phone'],
    ['hours too long', { hours: 'h'.repeat(81) }, 'hours'],
    ['unknown contact field', { email: 'help@school.nl' }, 'email'],
  ])('in the help contact, %s is ignored and the rest of the contact kept', (_label, bad, field) => {
    const contact = { name: 'Mevrouw Jansen', url: 'https://school.nl/hulp', phone: '010-1234567', hours: 'ma-vr', ...bad };
    const { policy, ignored } = parseManaged({ helpContact: contact });
    expect(ignored.map((i) => i.field)).toEqual([`helpContact.${field}`]);
    expect(policy.helpContact?.name).toBe('Mevrouw Jansen');
    expect(Object.keys(policy.helpContact ?? {})).not.toContain(field);
  });

  test('always-on sites: each bad entry is dropped, the good ones kept', () => {
    const { policy, ignored } = parseManaged({
      alwaysOnSites: [
        'chat.school.nl',
        'https://Forum.School.NL/*',
        'http://insecure.school.nl',
        'javascript:alert(1)',
        'https://school.nl/some/path',
        'https://school.nl:8443',
        '*.school.nl',
        '10.0.0.1',
        'localhost',
        42,
        { host: 'x.nl' },
        ['y.nl'],
        null,
        'z'.repeat(100_000),
        'chat.school.nl',
      ],
    });
    expect(policy.alwaysOnSites).toEqual(['chat.school.nl', 'forum.school.nl']);
    expect(ignored.map((i) => i.field)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((i) => `alwaysOnSites[${i}]`));
  });

  test('a list of always-on sites is capped at 100', () => {
    const sites = Array.from({ length: 5000 }, (_, i) => `s${i}.school.nl`);
    const { policy, ignored } = parseManaged({ alwaysOnSites: sites });
    expect(policy.alwaysOnSites).toHaveLength(100);
    expect(ignored).toHaveLength(1);
  });

  test.each([null, 42, 'policy', [], [VALID], true])('a policy that is not an object (%j) is an empty policy', (raw) => {
    expect(parseManaged(raw).policy).toEqual({});
  });

  test('arbitrary junk never throws', () => {
    const junk: unknown[] = [
      { minimumSensitivity: null, schoolName: undefined, helpContact: null, alwaysOnSites: null },
      { helpContact: { name: 'A', url: { toString: () => 'https://x.nl' } } },
      Object.create(null),
      { alwaysOnSites: new Array(1e6) },
      { helpContact: { name: 'A'.repeat(5_000_000) } },
    ];
    for (const raw of junk) expect(() => parseManaged(raw)).not.toThrow();
  });
});

describe('siteHost', () => {
  test.each([
    ['chat.school.nl', 'chat.school.nl'],
    ['  CHAT.School.nl ', 'chat.school.nl'],
    ['https://chat.school.nl', 'chat.school.nl'],
    ['https://chat.school.nl/', 'chat.school.nl'],
    ['https://chat.school.nl/*', 'chat.school.nl'],
    ['http://chat.school.nl', null],
    ['ftp://chat.school.nl', null],
    ['chat.school.nl/path', null],
    ['https://chat.school.nl/?q=1', null],
    ['nl', null],
    ['', null],
  ])('%j → %j', (entry, host) => expect(siteHost(entry)).toBe(host));
});

describe('readManaged', () => {
  test('reads the browser policy, without the invalid fields', async () => {
    policyInBrowser(async () => ({ ...VALID, schoolName: 12 }));
    const policy = await readManaged();
    expect(policy.schoolName).toBeUndefined();
    expect(policy.minimumSensitivity).toBe('standard');
  });

  test('an error from the browser (Firefox without a policy) is an empty policy', async () => {
    policyInBrowser(() => Promise.reject(new Error('Managed storage manifest not found')));
    await expect(readManaged()).resolves.toEqual({});
  });

  test('a get() that throws at once is an empty policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => {
      throw new Error('not implemented');
    });
    await expect(readManaged()).resolves.toEqual({});
  });

  test('a browser without storage.managed is an empty policy', async () => {
    const managed = Object.getOwnPropertyDescriptor(browser.storage, 'managed');
    Object.defineProperty(browser.storage, 'managed', { value: undefined, configurable: true });
    try {
      await expect(readManaged()).resolves.toEqual({});
    } finally {
      if (managed) Object.defineProperty(browser.storage, 'managed', managed);
    }
  });

  test('a browser that answers late does not hold Heads Up up; the policy applies when it comes', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    let answer: (policy: unknown) => void = () => undefined;
    policyInBrowser(() => new Promise((resolve) => (answer = resolve)));
    const started = Date.now();
    const first = await loadEffectiveSettings('web.whatsapp.com');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(first.sensitivity).toBe('low');

    const seen: string[] = [];
    const stop = watchEffectiveSettings('web.whatsapp.com', (s) => seen.push(s.sensitivity));
    answer({ minimumSensitivity: 'high' });
    await vi.waitFor(() => expect(seen).toContain('high'));
    stop();
  });
});

describe('effectiveSettings', () => {
  const local = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

  test.each([
    ['low', 'standard', 'standard'],
    ['low', 'high', 'high'],
    ['standard', 'high', 'high'],
    ['high', 'standard', 'high'],
    ['standard', 'low', 'standard'],
    ['low', undefined, 'low'],
  ] as const)('the teen chose %s, the school set minimum %s: %s applies', (chosen, minimum, applies) => {
    const managed: ManagedPolicy = minimum ? { minimumSensitivity: minimum } : {};
    expect(effectiveSettings(local({ sensitivity: chosen }), managed).sensitivity).toBe(applies);
  });

  test('on an always-on site the switch, the pause and the per-site choice do not turn Heads Up off', () => {
    const teen = local({ enabled: false, pausedUntil: Date.now() + 3_600_000, disabledSites: ['whatsapp'], mutedChats: ['a'.repeat(64)] });
    const managed: ManagedPolicy = { alwaysOnSites: ['web.whatsapp.com'] };
    const here = effectiveSettings(teen, managed, 'web.whatsapp.com');
    expect(here).toMatchObject({ enabled: true, pausedUntil: null, disabledSites: [], alwaysOn: true });
    // Muting one chat stays the teen's choice.
    expect(here.mutedChats).toEqual(teen.mutedChats);
    // Elsewhere the teen's choices hold.
    expect(effectiveSettings(teen, managed, 'www.instagram.com')).toMatchObject({ enabled: false, disabledSites: ['whatsapp'], alwaysOn: false });
  });

  test('a listed host covers its subdomains, not look-alikes', () => {
    const managed: ManagedPolicy = { alwaysOnSites: ['instagram.com'] };
    expect(isAlwaysOn(managed, 'www.instagram.com')).toBe(true);
    expect(isAlwaysOn(managed, 'instagram.com')).toBe(true);
    expect(isAlwaysOn(managed, 'notinstagram.com')).toBe(false);
    expect(isAlwaysOn(managed, 'instagram.com.evil.nl')).toBe(false);
    expect(isAlwaysOn({}, 'instagram.com')).toBe(false);
  });

  test('the stored settings are not changed', () => {
    const teen = local({ sensitivity: 'low' });
    effectiveSettings(teen, { minimumSensitivity: 'high', alwaysOnSites: ['x.nl'] }, 'x.nl');
    expect(teen).toEqual(local({ sensitivity: 'low' }));
  });
});

describe('watching', () => {
  test('the content script sees a policy change: the new minimum applies', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    let policy: unknown = {};
    policyInBrowser(async () => policy);
    expect((await loadEffectiveSettings('web.whatsapp.com')).sensitivity).toBe('low');

    const seen: string[] = [];
    const stop = watchEffectiveSettings('web.whatsapp.com', (s) => seen.push(s.sensitivity));
    await vi.waitFor(() => expect(seen).toEqual(['low'])); // the first full read
    policy = { minimumSensitivity: 'high' };
    await fakeBrowser.storage.onChanged.trigger({ minimumSensitivity: { newValue: 'high' } }, 'managed');
    await vi.waitFor(() => expect(seen).toEqual(['low', 'high']));
    stop();
  });

  test("a slow first policy read does not hold up the teen's own change, and still applies when it comes", async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'standard' } });
    let answer: (policy: unknown) => void = () => undefined;
    policyInBrowser(() => new Promise((resolve) => (answer = resolve)));
    const seen: string[] = [];
    const stop = watchEffectiveSettings('web.whatsapp.com', (s) => seen.push(s.sensitivity));
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    await vi.waitFor(() => expect(seen).toEqual(['low']), { timeout: 1_000 });
    answer({ minimumSensitivity: 'high' });
    await vi.waitFor(() => expect(seen).toEqual(['low', 'high']), { timeout: 1_000 });
    stop();
  });

  test('a change made while the page was still reading its first settings is not lost', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'standard' } });
    let answer: (policy: unknown) => void = () => undefined;
    policyInBrowser(() => new Promise((resolve) => (answer = resolve)));
    const first = await loadEffectiveSettings('web.whatsapp.com');
    expect(first.sensitivity).toBe('standard');
    // The teen picks "low" in the popup before the content script's watch has started; the
    // browser is still slow to answer for the policy.
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low' } });
    const seen: string[] = [];
    const stop = watchEffectiveSettings('web.whatsapp.com', (s) => seen.push(s.sensitivity), first);
    await vi.waitFor(() => expect(seen).toEqual(['low']), { timeout: 1_000 });
    answer({});
    stop();
  });

  test("the teen's change applies as the change comes in, with the school's minimum the page started with", async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'high' } });
    policyInBrowser(() => new Promise(() => undefined)); // the browser never answers again
    const first = effectiveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'high' }, { minimumSensitivity: 'standard' });
    const seen: string[] = [];
    const stop = watchEffectiveSettings('web.whatsapp.com', (s) => seen.push(s.sensitivity), first);
    await vi.waitFor(() => expect(seen).toEqual(['high']));
    await fakeBrowser.storage.onChanged.trigger({ settings: { newValue: { ...DEFAULT_SETTINGS, sensitivity: 'low' } } }, 'local');
    // No further read needed: the next message is already read at the new level, never below the minimum.
    expect(seen).toEqual(['high', 'standard']);
    stop();
  });

  test('watchManaged re-reads the policy on a managed change only', async () => {
    policyInBrowser(async () => ({ schoolName: 'Da Vinci College' }));
    const seen: ManagedPolicy[] = [];
    const stop = watchManaged((p) => seen.push(p));
    await browser.storage.local.set({ settings: DEFAULT_SETTINGS });
    await fakeBrowser.storage.onChanged.trigger({ schoolName: { newValue: 'Da Vinci College' } }, 'managed');
    await vi.waitFor(() => expect(seen).toEqual([{ schoolName: 'Da Vinci College' }]));
    stop();
  });
});

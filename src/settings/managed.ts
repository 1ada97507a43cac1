// The school's managed policy (storage.managed): Chrome fills it from enterprise policy (Google
// Admin, or the OS policy files) and Firefox from policies.json "3rdparty". Whatever a school
// sets, each field is checked on its own: a broken field is ignored, the others still apply,
// and nothing here ever throws (issue 5). Imported by the content script: kept small, zod/mini.
import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { SENSITIVITIES, type Sensitivity } from '../detector/types';
import type { Settings } from './schema';
import { repairSettings } from './repair';
import { loadSettings } from './storage';

/** The school's own help contact, shown in the nudge next to Chat met Fier. */
export interface HelpContact {
  name: string;
  /** An https address only. */
  url?: string;
  phone?: string;
  hours?: string;
}

/** What a school may set. Every field is optional; an empty object means "no school policy". */
export interface ManagedPolicy {
  /** The teen cannot choose a sensitivity below this one. */
  minimumSensitivity?: Sensitivity;
  schoolName?: string;
  helpContact?: HelpContact;
  /** Host names (lower case) where the teen cannot switch Heads Up off; a host covers its subdomains. */
  alwaysOnSites?: string[];
}

/** A field of the policy that was ignored, and why. Never carries the value itself. */
export interface Ignored {
  field: string;
  reason: string;
}

const MAX_SITES = 100;
/** Control characters and bidirectional overrides: nothing a name or an opening time needs. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const text = (max: number) =>
  z.string().check(
    z.maxLength(max * 4),
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => !UNPRINTABLE.test(s), 'has control characters'),
  );

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const contactFields = {
  name: text(80),
  url: z.string().check(z.maxLength(2000), z.trim(), z.refine(isHttpsUrl, 'not an https address')),
  phone: z.string().check(z.maxLength(30), z.trim(), z.regex(/^\+?[0-9][0-9 -]*[0-9]$/, 'not a phone number (digits, spaces, + and - only)')),
  hours: text(80),
};

const topFields = {
  minimumSensitivity: z.enum(SENSITIVITIES),
  schoolName: text(80),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reasonOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? 'invalid';
}

/**
 * A host name, or an https origin (optionally with `/` or `/*`), as the host name it stands for;
 * null for anything else (http, other schemes, paths, ports, wildcards, IP addresses).
 */
export function siteHost(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry.length > 300) return null;
  const value = entry.trim().toLowerCase();
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '/*') return null;
  const host = url.hostname;
  return /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(host) ? host : null;
}

function parseContact(raw: unknown, ignore: (field: string, reason: string) => void): HelpContact | undefined {
  if (!isRecord(raw)) {
    ignore('helpContact', 'not an object');
    return undefined;
  }
  const contact: Partial<HelpContact> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = contactFields[key as keyof typeof contactFields];
    if (!field) {
      ignore(`helpContact.${key}`, 'unknown field');
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) contact[key as keyof HelpContact] = result.data;
    else ignore(`helpContact.${key}`, reasonOf(result));
  }
  if (!contact.name) {
    // A contact without a name would show an unlabelled number or link.
    if (!('name' in raw)) ignore('helpContact.name', 'missing');
    ignore('helpContact', 'no valid name');
    return undefined;
  }
  return contact as HelpContact;
}

function parseSites(raw: unknown, ignore: (field: string, reason: string) => void): string[] | undefined {
  if (!Array.isArray(raw)) {
    ignore('alwaysOnSites', 'not a list');
    return undefined;
  }
  if (raw.length > MAX_SITES) ignore(`alwaysOnSites[${MAX_SITES}…]`, `more than ${MAX_SITES} sites`);
  const hosts = new Set<string>();
  raw.slice(0, MAX_SITES).forEach((entry, index) => {
    const host = siteHost(entry);
    if (host) hosts.add(host);
    else ignore(`alwaysOnSites[${index}]`, 'not a host name or https origin');
  });
  return hosts.size > 0 ? [...hosts] : undefined;
}

/** Reads a policy field by field: valid fields are kept, each invalid one is listed in `ignored`. Never throws. */
export function parseManaged(raw: unknown): { policy: ManagedPolicy; ignored: Ignored[] } {
  const policy: ManagedPolicy = {};
  const ignored: Ignored[] = [];
  const ignore = (field: string, reason: string) => void ignored.push({ field, reason });
  try {
    if (!isRecord(raw)) {
      if (raw !== undefined && raw !== null) ignore('(policy)', 'not an object');
      return { policy, ignored };
    }
    for (const [key, value] of Object.entries(raw)) {
      if (key === 'helpContact') {
        const contact = parseContact(value, ignore);
        if (contact) policy.helpContact = contact;
      } else if (key === 'alwaysOnSites') {
        const sites = parseSites(value, ignore);
        if (sites) policy.alwaysOnSites = sites;
      } else if (key === 'minimumSensitivity' || key === 'schoolName') {
        const result = topFields[key].safeParse(value);
        if (result.success) (policy as Record<string, unknown>)[key] = result.data;
        else ignore(key, reasonOf(result));
      } else {
        ignore(key, 'unknown field');
      }
    }
  } catch {
    ignore('(policy)', 'unreadable');
  }
  return { policy, ignored };
}

async function readRaw(): Promise<unknown> {
  const area = browser.storage?.managed;
  return area ? area.get() : undefined;
}

/** The school's policy with every invalid field left out; `{}` without a policy, or on any error. Never throws. */
export async function readManaged(): Promise<ManagedPolicy> {
  return (await readManagedReport()).policy;
}

/** The policy and what was ignored in it (for the admin's view in the background console). */
export async function readManagedReport(): Promise<{ policy: ManagedPolicy; ignored: Ignored[] }> {
  try {
    return parseManaged(await readRaw());
  } catch {
    // Firefox without a policy rejects ("Managed storage manifest not found"); so may any browser.
    return { policy: {}, ignored: [] };
  }
}

/** Calls back with the re-read policy whenever the school changes it. Returns an unsubscribe. */
export function watchManaged(callback: (policy: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManaged().then(callback);
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}

/** True when the school keeps Heads Up on for this host (or a site it is part of). */
export function isAlwaysOn(policy: ManagedPolicy, host: string | undefined): boolean {
  if (!host) return false;
  const name = host.toLowerCase();
  return (policy.alwaysOnSites ?? []).some((site) => name === site || name.endsWith(`.${site}`));
}

/** The settings that apply: the teen's own choices within the school's limits. Never stored. */
export interface EffectiveSettings extends Settings {
  school: ManagedPolicy;
  /** The school keeps Heads Up on where these settings apply. */
  alwaysOn: boolean;
}

/**
 * The teen's settings within the school's policy: the sensitivity is never below the school's
 * minimum, and on an always-on site (when `host` is given) Heads Up is on whatever the switch,
 * pause or per-site choice says. Muting one chat stays the teen's choice.
 */
export function effectiveSettings(local: Settings, managed: ManagedPolicy, host?: string): EffectiveSettings {
  const minimum = managed.minimumSensitivity;
  const sensitivity =
    minimum && SENSITIVITIES.indexOf(local.sensitivity) < SENSITIVITIES.indexOf(minimum) ? minimum : local.sensitivity;
  const alwaysOn = isAlwaysOn(managed, host);
  return {
    ...local,
    sensitivity,
    ...(alwaysOn ? { enabled: true, pausedUntil: null, disabledSites: [] } : {}),
    school: managed,
    alwaysOn,
  };
}

/**
 * How long the content script waits for the school's policy before it starts with the teen's own
 * settings. Chromium's first storage.managed read after the browser starts can take seconds; the
 * policy then applies as soon as it arrives (watchEffectiveSettings).
 */
const POLICY_WAIT_MS = 300;

/** The effective settings for a page on `host` (content script). Resolves within POLICY_WAIT_MS of the teen's settings. */
export async function loadEffectiveSettings(host: string): Promise<EffectiveSettings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ManagedPolicy>((resolve) => {
    timer = setTimeout(() => resolve({}), POLICY_WAIT_MS);
  });
  try {
    const [local, managed] = await Promise.all([loadSettings(), Promise.race([readManaged(), late])]);
    return effectiveSettings(local, managed, host);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls back with fresh effective settings when the teen's settings or the school's policy
 * change, and once when both have been read in full (a slow first policy read still applies).
 * Given the settings the caller started with, it also reads the teen's settings once more right
 * away: a change made between that first read and this watch is not lost.
 */
export function watchEffectiveSettings(
  host: string,
  callback: (settings: EffectiveSettings) => void,
  startedWith?: EffectiveSettings,
): () => void {
  let stopped = false;
  // The policy is read again only when it changes, and applies as soon as a read arrives. A
  // first read of storage.managed can take seconds in Chromium: the teen's own changes apply at
  // once meanwhile, with the last policy known.
  let known: ManagedPolicy = startedWith?.school ?? {};
  let latestPolicyRead = 0;
  // Only the newest view of the teen's settings is passed on: a read that was overtaken by a
  // change (or by a later read) is dropped.
  let latestLocal = 0;
  const deliver = (local: Settings) => stopped || callback(effectiveSettings(local, known, host));
  const apply = () => {
    const read = ++latestLocal;
    void loadSettings().then(
      (local) => read === latestLocal && deliver(local),
      () => undefined,
    );
  };
  const readPolicy = () => {
    const read = ++latestPolicyRead;
    readManaged().then(
      (policy) => {
        if (read !== latestPolicyRead) return; // a newer read is on its way
        known = policy;
        apply();
      },
      () => undefined,
    );
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'managed') readPolicy();
    // 'settings' is the key of the teen's settings in storage.local (./storage.ts). The new
    // value applies at once, without another read: a message that comes in next is read with it.
    else if (area === 'local' && 'settings' in changes) {
      latestLocal++;
      deliver(repairSettings(changes.settings?.newValue).settings);
    }
  };
  browser.storage.onChanged.addListener(listener);
  readPolicy();
  if (startedWith) apply();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

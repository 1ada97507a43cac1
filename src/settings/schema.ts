// zod/mini: the same validation with a fraction of the size, as the content script carries it.
import { z } from 'zod/mini';
import { CATEGORIES, SENSITIVITIES } from '../detector/types';
import { COUNTRY_CHOICES } from '../help/country';

/** Bump when a field changes meaning; `repair` keeps what it still understands. */
export const SETTINGS_VERSION = 1;

const MAX_MUTED_CHATS = 500;
const MAX_SITES = 100;

/** Each field validated on its own, so one broken field never costs the teen the others. */
export const settingsFields = {
  version: z.literal(SETTINGS_VERSION),
  enabled: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  /** Epoch milliseconds until which nudges are paused, or null. */
  pausedUntil: z.nullable(z.int().check(z.minimum(0))),
  /** Salted SHA-256 hashes of muted conversation ids: never a contact name. */
  mutedChats: z.array(z.string().check(z.regex(/^[0-9a-f]{64}$/))).check(z.maxLength(MAX_MUTED_CHATS)),
  /** Site ids (see src/sites) the teen switched off. */
  disabledSites: z.array(z.string().check(z.regex(/^[a-z0-9.-]{1,100}$/))).check(z.maxLength(MAX_SITES)),
  /** Whose help contacts to show: "auto" follows the browser's language and region (src/help/country.ts). */
  country: z.enum(COUNTRY_CHOICES),
};

/** Fields added after version 1: settings saved before them are complete without them. */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['country']);

export const SettingsSchema = z.object(settingsFields);
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  sensitivity: 'standard',
  pausedUntil: null,
  mutedChats: [],
  disabledSites: [],
  country: 'auto',
};

/** Counts only: how many nudges per category were shown in one ISO week. */
export const StatsSchema = z.object({
  week: z.string().check(z.regex(/^\d{4}-W\d{2}$/)),
  counts: z.partialRecord(z.enum(CATEGORIES), z.int().check(z.minimum(0))),
});
export type Stats = z.infer<typeof StatsSchema>;

import type { z } from 'zod/mini';
import { DEFAULT_SETTINGS, OPTIONAL_FIELDS, SETTINGS_VERSION, settingsFields, type Settings } from './schema';

export interface Repaired {
  settings: Settings;
  /** Field names that were missing or invalid and were reset (or, for lists, cleaned). */
  repairedFields: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the valid items of a list that is partly broken instead of dropping it whole. */
function salvageList<T>(field: z.ZodMiniArray<z.ZodMiniType<T>>, value: unknown, max: number): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((item) => field.def.element.safeParse(item).success) as T[];
  return [...new Set(items)].slice(0, max);
}

/**
 * Turns whatever is in storage into valid settings, field by field: the teen's valid choices
 * are kept, everything else falls back to its default. Never throws.
 */
export function repairSettings(raw: unknown): Repaired {
  const source = isRecord(raw) ? raw : {};
  const repairedFields: string[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsFields)) {
    if (key === 'version') continue;
    const value = source[key];
    // A field that did not exist yet when the settings were saved takes its default quietly.
    if (value === undefined && OPTIONAL_FIELDS.has(key)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(value);
    if (parsed.success) {
      settings[key] = parsed.data;
      continue;
    }
    if (key === 'mutedChats' || key === 'disabledSites') {
      const salvaged = salvageList(schema as unknown as z.ZodMiniArray<z.ZodMiniType<string>>, value, key === 'mutedChats' ? 500 : 100);
      if (salvaged) settings[key] = salvaged;
    }
    repairedFields.push(key);
  }
  if (source.version !== SETTINGS_VERSION) repairedFields.push('version');
  const unknownKeys = Object.keys(source).filter((k) => !(k in settingsFields));
  if (unknownKeys.length > 0) repairedFields.push(...unknownKeys);
  return { settings: settings as Settings, repairedFields };
}

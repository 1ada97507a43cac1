/**
 * The block-and-report steps per supported site, as locale keys (report.sites.<id>.*). Only
 * steps marked ✅ in ../shared/HELP.md have their own words; for sites without verified steps
 * (Discord, Telegram) the page gives general, honest steps instead of guessed menu names.
 */
export interface SiteSteps {
  id: string;
  steps: { key: string; substitutions?: 'name' }[];
  note?: string;
}

const own = (id: string, count: number, note = false): SiteSteps => ({
  id,
  steps: Array.from({ length: count }, (_, i) => ({ key: `report.sites.${id}.step${i + 1}` })),
  note: note ? `report.sites.${id}.note` : undefined,
});

const general = (id: string): SiteSteps => ({
  id,
  steps: [
    { key: 'report.unknown.step1', substitutions: 'name' },
    { key: 'report.unknown.step2' },
    { key: 'report.unknown.step3', substitutions: 'name' },
  ],
});

/** In the order of src/sites/index.ts; each id is an anchor on report.html. */
export const REPORT_SITES: readonly SiteSteps[] = [
  own('whatsapp', 3, true),
  own('instagram', 3, true),
  own('messenger', 4, true),
  general('discord'),
  general('telegram'),
  own('snapchat', 3),
  own('tiktok', 2),
  own('x', 3),
];

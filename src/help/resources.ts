// zod/mini: the nudge in the content script shows these contacts, and the content script
// already carries zod/mini for the settings.
import { z } from 'zod/mini';

/**
 * Help contacts per country. Every number and address here is marked ✅ (read on the cited
 * page) in ../shared/HELP.md; nothing marked ⚠️ or ❌ is used. Where a country has few verified
 * facts it gets fewer contacts, never a guessed one. Names, descriptions and button words are
 * in locales/ under `help.contact.<id>` (name, what, and action or short).
 */
export const COUNTRIES = ['NL', 'BE', 'GB', 'US', 'INT'] as const;
export type Country = (typeof COUNTRIES)[number];

const https = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/));
/** How a number is written on the organisation's own material: digits, spaces, dashes, letters for 1-800-THE-LOST. */
const phone = z.string().check(z.regex(/^[0-9A-Z][0-9A-Z -]{1,20}$/));

export const ContactSchema = z.object({
  /** Locale keys live under help.contact.<id>. */
  id: z.string().check(z.regex(/^[a-z0-9]+$/)),
  /** A website to open (chat, report form, information). */
  url: z.optional(https),
  /** Phone numbers, the main one first. */
  phones: z.optional(z.array(phone).check(z.minLength(1))),
  /** The emergency number, for danger right now. */
  emergency: z.optional(phone),
  /** Text keyword and number, for text lines (Crisis Text Line). */
  sms: z.optional(z.object({ keyword: z.string().check(z.regex(/^[A-Z]{2,10}$/)), number: phone })),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CountryHelpSchema = z.object({
  country: z.enum(COUNTRIES),
  /** Everything verified for this country, shown in the options and on help pages. */
  contacts: z.array(ContactSchema).check(z.minLength(1)),
  /** Contact ids in an ordinary nudge: the first is the main choice. May be empty. */
  nudge: z.array(z.string()),
  /** Contact ids in the urgent nudge (threats, sextortion). */
  urgent: z.array(z.string()),
});
export type CountryHelp = z.infer<typeof CountryHelpSchema>;

const FIER: Contact = { id: 'fier', url: 'https://www.chatmetfier.nl' };
const HELPWANTED: Contact = { id: 'helpwanted', url: 'https://www.helpwanted.nl', phones: ['020 261 52 75'] };
const KINDERTELEFOON: Contact = { id: 'kindertelefoon', url: 'https://kindertelefoon.nl', phones: ['0800-0432'] };
const POLITIE: Contact = { id: 'politie', phones: ['0900-8844'], emergency: '112' };
const CHILD_FOCUS: Contact = { id: 'childfocus', phones: ['116 000'] };
const AWEL: Contact = { id: 'awel', phones: ['102'] };
const CHILDLINE: Contact = { id: 'childline', url: 'https://www.childline.org.uk', phones: ['0800 1111'] };
const CEOP: Contact = { id: 'ceop', url: 'https://ceop.police.uk/Safety-Centre/' };
const REPORT_REMOVE: Contact = { id: 'reportremove', url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove' };
const UK_EMERGENCY: Contact = { id: 'ukpolice', emergency: '999' };
const CYBERTIPLINE: Contact = { id: 'cybertipline', url: 'https://report.cybertip.org', phones: ['1-800-THE-LOST'] };
const TAKE_IT_DOWN: Contact = { id: 'takeitdown', url: 'https://takeitdown.ncmec.org' };
const CRISIS_TEXT_LINE: Contact = { id: 'crisistextline', sms: { keyword: 'HOME', number: '741741' } };
const LIFELINE_988: Contact = { id: 'lifeline988', url: 'https://988lifeline.org', phones: ['988'] };

const DATA: CountryHelp[] = [
  { country: 'NL', contacts: [FIER, HELPWANTED, KINDERTELEFOON, POLITIE], nudge: ['fier'], urgent: ['fier', 'helpwanted'] },
  { country: 'BE', contacts: [CHILD_FOCUS, AWEL, TAKE_IT_DOWN], nudge: ['childfocus'], urgent: ['childfocus', 'takeitdown'] },
  {
    country: 'GB',
    contacts: [CHILDLINE, CEOP, REPORT_REMOVE, UK_EMERGENCY],
    nudge: ['childline'],
    urgent: ['childline', 'ceop'],
  },
  {
    country: 'US',
    contacts: [CRISIS_TEXT_LINE, CYBERTIPLINE, TAKE_IT_DOWN, LIFELINE_988],
    nudge: ['crisistextline'],
    urgent: ['cybertipline', 'takeitdown'],
  },
  // No verified general helpline works everywhere; Take It Down does, for images of under-18s.
  { country: 'INT', contacts: [TAKE_IT_DOWN], nudge: [], urgent: ['takeitdown'] },
];

/** Validated once at load: a typo in the data fails the unit tests, never the teen's page. */
export const HELP: Record<Country, CountryHelp> = Object.fromEntries(
  DATA.map((entry) => {
    const parsed = CountryHelpSchema.parse(entry);
    const ids = new Set(parsed.contacts.map((c) => c.id));
    for (const id of [...parsed.nudge, ...parsed.urgent]) {
      if (!ids.has(id)) throw new Error(`help: ${parsed.country} nudge names unknown contact ${id}`);
    }
    return [parsed.country, parsed];
  }),
) as Record<Country, CountryHelp>;

export function helpFor(country: Country): CountryHelp {
  return HELP[country] ?? HELP.INT;
}

/** The contacts a nudge offers, in order. */
export function nudgeContacts(country: Country, urgent: boolean): Contact[] {
  const help = helpFor(country);
  const byId = new Map(help.contacts.map((c) => [c.id, c]));
  return (urgent ? help.urgent : help.nudge).map((id) => byId.get(id)!).filter(Boolean);
}

const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** `tel:` address of a number written for people: "0800-0432" → "tel:08000432", letters as on a keypad. */
export function telHref(number: string): string {
  const digits = [...number.replace(/[\s-]/g, '')]
    .map((ch) => {
      const key = KEYPAD.findIndex((letters) => letters.includes(ch));
      return key === -1 ? ch : String(key + 2);
    })
    .join('');
  return `tel:${digits}`;
}

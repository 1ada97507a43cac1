import { nudgeContacts, type Contact, type Country } from '../help/resources';

/** Looks up user-facing words; the content script passes @wxt-dev/i18n's `t`. */
export type Translate = (key: string, substitutions?: string[]) => string;

/**
 * One help row of the nudge, already in words: a link when there is a site to open, otherwise
 * a line to read (a number to call or text). Other sources of help (a school's own contact)
 * add rows of the same shape.
 */
export interface NudgeContact {
  label: string;
  href?: string;
}

/** The rows for a country's verified contacts (src/help/resources.ts). */
export function contactRows(contacts: readonly Contact[], t: Translate): NudgeContact[] {
  return contacts.map((contact) => {
    const key = `help.contact.${contact.id}`;
    if (contact.url) return { label: t(`${key}.action`), href: contact.url };
    if (contact.sms) return { label: t(`${key}.short`, [contact.sms.keyword, contact.sms.number]) };
    return { label: t(`${key}.short`, [contact.phones?.[0] ?? '']) };
  });
}

export function countryRows(country: Country, urgent: boolean, t: Translate): NudgeContact[] {
  return contactRows(nudgeContacts(country, urgent), t);
}

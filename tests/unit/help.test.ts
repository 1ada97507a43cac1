import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { countryFromLanguages, resolveCountry } from '../../src/help/country';
import { COUNTRIES, HELP, helpFor, nudgeContacts, telHref } from '../../src/help/resources';
import { contactRows } from '../../src/nudge/contacts';
import { pagePath } from '../../src/nudge/open-page';

/**
 * Every number and address the extension may show, each marked ✅ in ../shared/HELP.md (the
 * section is named). A contact that is not on this list fails the test: add it here only after
 * checking that HELP.md marks it ✅.
 */
const VERIFIED_NUMBERS: Record<string, string> = {
  '020 261 52 75': 'Helpwanted',
  '0800-0432': 'De Kindertelefoon',
  '0900-8844': 'Politie, geen spoed',
  '112': 'Politie, spoed',
  '116 000': 'Child Focus',
  '102': 'Awel',
  '0800 1111': 'Childline',
  '999': 'UK, immediate danger (Thinkuknow)',
  '1-800-THE-LOST': 'NCMEC',
  '741741': 'Crisis Text Line (text HOME)',
  '988': '988 Suicide & Crisis Lifeline',
};
const VERIFIED_URLS: Record<string, string> = {
  'https://www.chatmetfier.nl': 'Chat met Fier, www.chatmetfier.nl',
  'https://www.helpwanted.nl': 'Helpwanted, helpwanted.nl',
  'https://kindertelefoon.nl': 'De Kindertelefoon, kindertelefoon.nl',
  'https://www.childline.org.uk': 'Childline, www.childline.org.uk',
  'https://ceop.police.uk/Safety-Centre/': 'CEOP report page',
  'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove': 'Report Remove, the IWF page',
  'https://report.cybertip.org': 'NCMEC CyberTipline',
  'https://takeitdown.ncmec.org': 'Take It Down',
  'https://988lifeline.org': '988 Lifeline chat',
};

const locale = (lang: string) => parse(readFileSync(resolve(__dirname, '../../locales', `${lang}.yml`), 'utf8')) as { help: { contact: Record<string, Record<string, string>> } };

describe('help resources', () => {
  test('there is help for every country and an international default', () => {
    expect(Object.keys(HELP).sort()).toEqual([...COUNTRIES].sort());
    expect(COUNTRIES).toContain('INT');
  });

  test('the Netherlands: Chat met Fier, Helpwanted, Kindertelefoon 0800-0432, police 0900-8844 / 112', () => {
    const nl = helpFor('NL').contacts;
    expect(nl.map((c) => c.id)).toEqual(['fier', 'helpwanted', 'kindertelefoon', 'politie']);
    expect(nl[0]!.url).toBe('https://www.chatmetfier.nl');
    expect(nl[1]!.url).toBe('https://www.helpwanted.nl');
    expect(nl[2]!.phones).toEqual(['0800-0432']);
    expect(nl[3]!.phones).toEqual(['0900-8844']);
    expect(nl[3]!.emergency).toBe('112');
  });

  const all = COUNTRIES.flatMap((country) => HELP[country].contacts.map((contact) => ({ country, contact })));

  test.each(all.map(({ country, contact }) => [country, contact.id, contact] as const))('%s %s: only verified https addresses and numbers', (_country, _id, contact) => {
    if (contact.url) {
      expect(contact.url).toMatch(/^https:\/\//);
      expect(VERIFIED_URLS, contact.url).toHaveProperty([contact.url]);
    }
    for (const number of [...(contact.phones ?? []), ...(contact.emergency ? [contact.emergency] : []), ...(contact.sms ? [contact.sms.number] : [])]) {
      expect(VERIFIED_NUMBERS, number).toHaveProperty([number]);
    }
    expect(contact.url || contact.phones || contact.emergency || contact.sms, 'a way to reach it').toBeTruthy();
  });

  test.each(['en', 'nl'])('every contact has its words in %s', (lang) => {
    const words = locale(lang).help.contact;
    for (const { contact } of all) {
      expect(words[contact.id]?.name, `${contact.id}.name`).toBeTruthy();
      expect(words[contact.id]?.what, `${contact.id}.what`).toBeTruthy();
      // A link needs a label saying what happens on click; a number or text line a sentence.
      if (contact.url) expect(words[contact.id]?.action, `${contact.id}.action`).toBeTruthy();
    }
    for (const country of COUNTRIES) {
      for (const contact of [...nudgeContacts(country, false), ...nudgeContacts(country, true)]) {
        if (!contact.url) expect(words[contact.id]?.short, `${contact.id}.short`).toMatch(/\$1/);
      }
    }
  });

  test.each([
    ['NL', false, ['fier']],
    ['NL', true, ['fier', 'helpwanted']],
    ['BE', false, ['childfocus']],
    ['GB', false, ['childline']],
    ['GB', true, ['childline', 'ceop']],
    ['US', true, ['cybertipline', 'takeitdown']],
    ['INT', false, []],
    ['INT', true, ['takeitdown']],
  ] as const)('%s nudge (urgent: %s) offers %j', (country, urgent, ids) => {
    expect(nudgeContacts(country, urgent).map((c) => c.id)).toEqual(ids);
  });

  test('nudge rows: a link for a site, a sentence with the number otherwise', () => {
    const t = (key: string, subs?: string[]) => `${key}${subs ? `(${subs.join(',')})` : ''}`;
    expect(contactRows(nudgeContacts('NL', true), t)).toEqual([
      { label: 'help.contact.fier.action', href: 'https://www.chatmetfier.nl' },
      { label: 'help.contact.helpwanted.action', href: 'https://www.helpwanted.nl' },
    ]);
    expect(contactRows(nudgeContacts('BE', false), t)).toEqual([{ label: 'help.contact.childfocus.short(116 000)' }]);
    expect(contactRows(nudgeContacts('US', false), t)).toEqual([{ label: 'help.contact.crisistextline.short(HOME,741741)' }]);
  });

  test.each([
    ['0800-0432', 'tel:08000432'],
    ['020 261 52 75', 'tel:0202615275'],
    ['116 000', 'tel:116000'],
    ['1-800-THE-LOST', 'tel:18008435678'],
  ])('%s is dialled as %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});

describe('country from the browser language', () => {
  test.each([
    [['nl-NL'], 'NL'],
    [['nl'], 'NL'],
    [['nl', 'nl-NL', 'en'], 'NL'],
    [['nl-BE'], 'BE'],
    [['fr-BE'], 'BE'],
    [['nl', 'nl-BE'], 'BE'],
    [['en-GB'], 'GB'],
    [['en_GB'], 'GB'],
    [['en', 'en-GB', 'en-US'], 'GB'],
    [['en-US'], 'US'],
    [['es-US'], 'US'],
    [['en'], 'INT'],
    [['de-DE', 'nl-NL'], 'INT'],
    [['fr'], 'INT'],
    [['zh-Hant-TW'], 'INT'],
    [['sr-Latn-RS'], 'INT'],
    [[], 'INT'],
    [['', 'x'.repeat(100)], 'INT'],
  ] as const)('%j → %s', (tags, country) => {
    expect(countryFromLanguages(tags)).toBe(country);
  });

  test('the teen\'s choice wins over the browser; "auto" follows it', () => {
    expect(resolveCountry('BE', ['en-GB'])).toBe('BE');
    expect(resolveCountry('INT', ['nl-NL'])).toBe('INT');
    expect(resolveCountry('auto', ['en-GB'])).toBe('GB');
    expect(resolveCountry(undefined, ['nl'])).toBe('NL');
    expect(resolveCountry('XX' as never, ['en-US'])).toBe('US');
  });
});

describe('the open-page message from the nudge', () => {
  test.each([
    [{ type: 'open-page', page: 'report', hash: '#whatsapp' }, '/report.html#whatsapp'],
    [{ type: 'open-page', page: 'sextortion' }, '/sextortion.html'],
    [{ type: 'open-page', page: 'learn' }, '/learn.html'],
  ])('%j opens %s', (message, path) => {
    expect(pagePath(message)).toBe(path);
  });

  test.each([
    [null],
    ['open-page'],
    [{ type: 'open-page', page: 'popup' }],
    [{ type: 'open-page', page: '../../evil' }],
    [{ type: 'open-page', page: 'report', hash: 'whatsapp' }],
    [{ type: 'open-page', page: 'report', hash: '#x"><script>' }],
    [{ type: 'open-page', page: 'report', hash: '#' + 'a'.repeat(100) }],
    [{ type: 'open-tab', page: 'report' }],
    [{ type: 'open-page', page: 'report', url: 'https://example.com' }],
  ])('%j is ignored', (message) => {
    expect(pagePath(message)).toBeNull();
  });
});

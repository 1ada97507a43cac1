import { helpFor, telHref, type Country } from '../help/resources';
import './help-list.css';
import { t } from './t';

/** The verified help contacts of one country, with what each does and how to reach it. */
export function HelpList({ country }: { country: Country }) {
  const { contacts } = helpFor(country);
  return (
    <ul className="help-list" data-testid="help-list" data-country={country}>
      {contacts.map((contact) => {
        const key = `help.contact.${contact.id}`;
        return (
          <li key={contact.id} data-contact={contact.id}>
            <strong>{t(`${key}.name`)}</strong>
            <span className="muted">{t(`${key}.what`)}</span>
            <span className="ways">
              {contact.phones?.map((number) => (
                <a key={number} href={telHref(number)}>
                  {t('help.call', [number])}
                </a>
              ))}
              {contact.emergency && <a href={telHref(contact.emergency)}>{t('help.emergency', [contact.emergency])}</a>}
              {contact.sms && <span>{t('help.text', [contact.sms.keyword, contact.sms.number])}</span>}
              {contact.url && (
                <a href={contact.url} target="_blank" rel="noopener noreferrer">
                  {t(`${key}.action`)}
                </a>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import type { HelpContact } from '../settings/managed';

/** Styles of the school's contact row; they travel with the row, so a nudge without one has none. */
export const SCHOOL_CONTACT_CSS = `
.school { margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; background: rgba(15,118,110,.07); font-size: 13px; }
.school .label { display: block; font-weight: 600; font-size: 12px; color: #3e4c59; }
.school a { color: #0f766e; font-weight: 600; }
.school .sep { color: #616e7c; }
.school a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; border-radius: 4px; }
@media (prefers-color-scheme: dark) {
  .school { background: rgba(20,184,166,.12); } .school .label { color: #cbd2d9; } .school a { color: #5eead4; }
}
`;

/**
 * The school's own help contact (managed policy) as one row of the nudge, next to Chat met Fier:
 * "Help at school: <name> · <phone> · <hours>". The name links to the school's https page when
 * there is one; the number is a tel: link. Text only through textContent, never as markup.
 */
export function renderSchoolContact(doc: Document, contact: HelpContact, label: string): HTMLElement {
  const row = doc.createElement('div');
  row.className = 'school';
  const style = doc.createElement('style');
  style.textContent = SCHOOL_CONTACT_CSS;
  row.append(style);
  const title = doc.createElement('span');
  title.className = 'label';
  title.textContent = label;
  row.append(title);
  const parts: Node[] = [];
  if (contact.url) {
    const link = doc.createElement('a');
    link.href = contact.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = contact.name;
    parts.push(link);
  } else {
    parts.push(doc.createTextNode(contact.name));
  }
  if (contact.phone) {
    const call = doc.createElement('a');
    call.href = `tel:${contact.phone.replace(/[ -]/g, '')}`;
    call.textContent = contact.phone;
    parts.push(call);
  }
  if (contact.hours) parts.push(doc.createTextNode(contact.hours));
  parts.forEach((part, index) => {
    if (index > 0) {
      const sep = doc.createElement('span');
      sep.className = 'sep';
      sep.setAttribute('aria-hidden', 'true');
      sep.textContent = ' · ';
      row.append(sep);
    }
    row.append(part);
  });
  return row;
}

import type { Category, Severity } from '../detector/types';
import { helpFor } from '../help/resources';
import { countryRows, type NudgeContact, type Translate } from './contacts';
import type { ExtensionPage } from './open-page';
import type { HelpContact } from '../settings/managed';
import { renderSchoolContact } from './school-contact';
import { HOST_STYLE, NUDGE_CSS } from './styles';

export type { NudgeContact, Translate } from './contacts';

export const NUDGE_TAG = 'heads-up-nudge';
export const FIER_URL = helpFor('NL').contacts.find((c) => c.id === 'fier')!.url!;
export const HELPWANTED_URL = helpFor('NL').contacts.find((c) => c.id === 'helpwanted')!.url!;

/** Sites with their own steps on report.html (an anchor each). */
const REPORT_SITES = ['whatsapp', 'instagram', 'messenger', 'discord', 'telegram', 'snapchat', 'tiktok', 'x'];

export interface NudgeOptions {
  category: Category;
  severity: Severity;
  t: Translate;
  /** Called after the teen chose "not for this chat". */
  onMute: () => void;
  /** Called whenever the nudge goes away (any button, Escape). */
  onClose: () => void;
  /** Where to sit: beside this element (the open conversation) or, without it, bottom right. */
  anchor?: Element | null;
  /**
   * The anchor's box when the caller already has it (from an IntersectionObserver): placing the
   * card then reads no layout, so a busy page is not made to lay out its chat out of turn.
   */
  anchorRect?: DOMRectReadOnly | null;
  /** Help rows, in order (the chosen country's, then any others); Chat met Fier when absent. */
  contacts?: NudgeContact[];
  /** The chat site, for the matching "how to block and report" steps. */
  siteId?: string;
  /** Opens one of the extension's own pages in a new tab (through the background). */
  openPage?: (page: ExtensionPage, hash?: string) => void;
  /** The school's own help contact (managed policy), shown as its own row below the choices. */
  extraContact?: HelpContact;
  /**
   * Schedules putting the words into the live region, which must happen after the card has been
   * in the page for a frame (or it is not announced). By default a timer of ANNOUNCE_DELAY_MS;
   * the watcher instead waits for the page's own next change after that, so on a busy chat the
   * words arrive in a frame the page draws anyway, not in one of their own (issue 4).
   */
  announce?: (fill: () => void) => void;
}

/** Threats and sextortion change the tone from gentle to steady and urgent (VOICE.md). */
export function isUrgent(category: Category): boolean {
  return category === 'threat_sextortion';
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  return node;
}

const MARGIN = 16;
/** Live regions are announced when their content changes after they are in the page. */
export const ANNOUNCE_DELAY_MS = 60;

function place(host: HTMLElement, anchor: Element | null | undefined, known?: DOMRectReadOnly | null): void {
  const rect = known ?? anchor?.getBoundingClientRect();
  const view = host.ownerDocument.defaultView;
  if (rect && view && rect.width > 0 && rect.height > 0) {
    const right = Math.max(MARGIN, view.innerWidth - rect.right + MARGIN);
    const top = Math.max(MARGIN, rect.top + 72);
    host.style.setProperty('right', `${right}px`, 'important');
    host.style.setProperty('top', `${top}px`, 'important');
  } else {
    host.style.setProperty('right', `${MARGIN}px`, 'important');
    host.style.setProperty('bottom', `${MARGIN}px`, 'important');
  }
}

/**
 * The host element. A page that defines its own <heads-up-nudge> custom element would run its
 * code on the host (take its shadow root first, remove it); a plain <div> cannot be redefined.
 * An autonomous custom element nobody defined does not match `:defined` (issue 5, hostile pages).
 */
function createHost(doc: Document): HTMLElement {
  const host = doc.createElement(NUDGE_TAG);
  let hijacked: boolean;
  try {
    hijacked = host.matches(':defined') || host.shadowRoot !== null;
  } catch {
    hijacked = false;
  }
  if (!hijacked) return host;
  const plain = doc.createElement('div');
  plain.setAttribute('data-heads-up-nudge', '');
  return plain;
}

/**
 * Renders a nudge into a closed shadow root on `doc.body`: the page can neither read nor
 * restyle it. Never quotes the message. Returns the host element; removing it dismisses.
 */
export function renderNudge(doc: Document, options: NudgeOptions): HTMLElement {
  const { category, severity, t } = options;
  const urgent = isUrgent(category);
  const host = createHost(doc);
  host.setAttribute('data-category', category);
  host.setAttribute('data-severity', severity);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });

  const style = el(doc, 'style', { text: NUDGE_CSS });
  const card = el(doc, 'section', {
    className: urgent ? 'card urgent' : 'card',
    attrs: { role: 'region', 'aria-label': t('nudge.label') },
  });

  const top = el(doc, 'div', { className: 'top' });
  top.append(
    el(doc, 'span', { className: 'badge', text: t('nudge.label'), attrs: { 'aria-hidden': 'true' } }),
    el(doc, 'button', { className: 'close', text: '×', attrs: { type: 'button', 'aria-label': t('nudge.close') } }),
  );

  // The words go into a polite live region after it is attached, so screen readers announce
  // them without interrupting the teen.
  const live = el(doc, 'div', { attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const more = el(doc, 'div', { className: 'more', attrs: { id: 'more' } });
  more.hidden = true;
  const learn = el(doc, 'button', { className: 'link learn', text: t('nudge.learn'), attrs: { type: 'button' } });
  more.append(el(doc, 'p', { className: 'explain', text: t(`nudge.more.${category}`) }), learn);

  const contacts = options.contacts ?? countryRows('NL', urgent, t);
  const help = el(doc, 'div', { className: 'help' });
  let links = 0;
  for (const contact of contacts) {
    if (contact.href) {
      help.append(
        el(doc, 'a', {
          className: links++ === 0 ? 'primary' : 'secondary',
          text: contact.label,
          attrs: { href: contact.href, target: '_blank', rel: 'noopener noreferrer' },
        }),
      );
    } else {
      help.append(el(doc, 'p', { className: 'line', text: contact.label }));
    }
  }
  if (contacts.length === 0) help.append(el(doc, 'p', { className: 'line', text: t('nudge.talk') }));
  const now = urgent ? el(doc, 'button', { className: 'secondary now', text: t('nudge.whatNow'), attrs: { type: 'button' } }) : null;
  if (now) help.append(now);

  const actions = el(doc, 'div', { className: 'actions' });
  const why = el(doc, 'button', {
    className: 'quiet why',
    text: t('nudge.why'),
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'more' },
  });
  const fine = el(doc, 'button', { className: 'quiet fine', text: t('nudge.fine'), attrs: { type: 'button' } });
  const mute = el(doc, 'button', { className: 'quiet mute', text: t('nudge.mute'), attrs: { type: 'button' } });
  actions.append(why, fine, mute);

  const report = el(doc, 'button', { className: 'link report', text: t('nudge.report'), attrs: { type: 'button' } });
  const footer = el(doc, 'p', { className: 'footer', text: t('nudge.footer') });
  card.append(top, live, more, help, actions, report, footer);
  // The school's own contact sits right under the country's help (next to Chat met Fier).
  if (options.extraContact) help.after(renderSchoolContact(doc, options.extraContact, t('school.nudgeContact')));
  shadow.append(style, card);

  let closed = false;
  const view = doc.defaultView;
  // Escape hides the nudge at once, wherever the focus is: someone may be looking over the
  // teen's shoulder. The page still gets the key.
  const onKey = (event: KeyboardEvent) => {
    if (!host.isConnected) view?.removeEventListener('keydown', onKey, true);
    else if (event.key === 'Escape') close();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    view?.removeEventListener('keydown', onKey, true);
    host.remove();
    options.onClose();
  };
  view?.addEventListener('keydown', onKey, true);
  const open = (page: ExtensionPage, hash?: string) => () => options.openPage?.(page, hash);
  const siteId = options.siteId ?? '';
  report.addEventListener('click', open('report', REPORT_SITES.includes(siteId) ? `#${siteId}` : undefined));
  learn.addEventListener('click', open('learn'));
  now?.addEventListener('click', open('sextortion'));

  top.querySelector('.close')?.addEventListener('click', close);
  fine.addEventListener('click', close);
  mute.addEventListener('click', () => {
    options.onMute();
    close();
  });
  why.addEventListener('click', () => {
    more.hidden = !more.hidden;
    why.setAttribute('aria-expanded', String(!more.hidden));
  });
  // Keep the teen's clicks and keys inside the nudge from reaching the page's handlers.
  for (const type of ['click', 'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }

  place(host, options.anchor, options.anchorRect);
  (doc.body ?? doc.documentElement).append(host);
  const opener = el(doc, 'p', { className: 'opener', text: t(urgent ? 'nudge.openerUrgent' : 'nudge.opener') });
  const what = el(doc, 'p', { className: 'what', text: t(`nudge.what.${category}`) });
  const tactic = el(doc, 'p', { className: 'tactic', text: t(`nudge.tactic.${category}`) });
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    live.append(opener, what, tactic);
  };
  if (options.announce) options.announce(fill);
  else if (view) view.setTimeout(fill, ANNOUNCE_DELAY_MS);
  else fill();
  return host;
}

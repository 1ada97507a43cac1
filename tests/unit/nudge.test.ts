// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FIER_URL, HELPWANTED_URL, NUDGE_TAG, renderNudge } from '../../src/nudge/card';
import type { Category } from '../../src/detector/types';

const t = (key: string) => `[${key}]`;
let shadow: ShadowRoot;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="main"></div>';
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    shadow = attach.call(this, init);
    return shadow;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function show(
  category: Category = 'alone_check',
  handlers = { onMute: vi.fn(), onClose: vi.fn() },
  extra: Partial<Parameters<typeof renderNudge>[1]> = {},
) {
  const host = renderNudge(document, { category, severity: 'medium', t, anchor: document.getElementById('main'), ...handlers, ...extra });
  vi.advanceTimersByTime(100);
  return { host, ...handlers };
}

const q = <T extends Element = HTMLElement>(selector: string) => shadow.querySelector<T & Element>(selector) as unknown as T;

describe('the nudge', () => {
  test('follows the test contract: a <heads-up-nudge> host with category and severity, closed inside', () => {
    const { host } = show();
    expect(host.tagName.toLowerCase()).toBe(NUDGE_TAG);
    expect(host.dataset.category).toBe('alone_check');
    expect(host.dataset.severity).toBe('medium');
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(host.parentElement).toBe(document.body);
  });

  test('names the move in words from locales/ and offers the choices', () => {
    show();
    expect(q('.opener').textContent).toBe('[nudge.opener]');
    expect(q('.what').textContent).toBe('[nudge.what.alone_check]');
    expect(q('.tactic').textContent).toBe('[nudge.tactic.alone_check]');
    const fier = q<HTMLAnchorElement>('a.primary');
    expect(fier.getAttribute('href')).toBe(FIER_URL);
    expect(fier.target).toBe('_blank');
    expect(fier.rel).toContain('noopener');
    expect([...shadow.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '×',
      '[nudge.learn]',
      '[nudge.why]',
      '[nudge.fine]',
      '[nudge.mute]',
      '[nudge.report]',
    ]);
  });

  test('is announced politely, once it is in the page', () => {
    show();
    const live = q('[aria-live]');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('[nudge.what.alone_check]');
  });

  test('with a scheduler of its own, the words arrive when it says so, and once', () => {
    let fill: (() => void) | undefined;
    renderNudge(document, { category: 'alone_check', severity: 'medium', t, onMute: vi.fn(), onClose: vi.fn(), announce: (f) => (fill = f) });
    vi.advanceTimersByTime(1000);
    const live = q('[aria-live]');
    expect(live.textContent).toBe('');
    fill!();
    fill!();
    expect(live.querySelectorAll('.what')).toHaveLength(1);
    expect(live.textContent).toContain('[nudge.what.alone_check]');
  });

  test('"why am I seeing this?" opens and closes the explanation', () => {
    show();
    const why = q('.why');
    expect(q('.more').hidden).toBe(true);
    why.click();
    expect(q('.more').hidden).toBe(false);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(q('.more .explain').textContent).toBe('[nudge.more.alone_check]');
  });

  test.each([['.fine'], ['.close']])('%s removes it', (selector) => {
    const { host, onClose, onMute } = show();
    q(selector).click();
    expect(host.isConnected).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(onMute).not.toHaveBeenCalled();
  });

  test('"not for this chat" mutes and removes', () => {
    const { host, onMute } = show();
    q('.mute').click();
    expect(onMute).toHaveBeenCalledOnce();
    expect(host.isConnected).toBe(false);
  });

  test('Escape removes it at once', () => {
    const { host } = show();
    q('.fine').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.isConnected).toBe(false);
  });

  test('Escape removes it even when the focus is in the chat, and the page still gets the key', () => {
    const { host, onClose } = show();
    const input = document.createElement('input');
    document.body.append(input);
    const pageSaw = vi.fn();
    input.addEventListener('keydown', pageSaw);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(host.isConnected).toBe(true);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.isConnected).toBe(false);
    expect(pageSaw).toHaveBeenCalledTimes(2);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('shows the help rows it is given: links as buttons, numbers as lines', () => {
    show('alone_check', undefined, {
      contacts: [
        { label: 'Talk to Childline', href: 'https://www.childline.org.uk' },
        { label: 'Call 116 000' },
        { label: 'School help', href: 'https://school.example' },
      ],
    });
    const links = [...shadow.querySelectorAll('.help a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.className, a.textContent, a.getAttribute('href'), a.target])).toEqual([
      ['primary', 'Talk to Childline', 'https://www.childline.org.uk', '_blank'],
      ['secondary', 'School help', 'https://school.example', '_blank'],
    ]);
    expect(q('.help .line').textContent).toBe('Call 116 000');
    expect(shadow.textContent).not.toContain('[help.contact.fier.action]');
  });

  test('without any help contact it suggests talking to someone you trust', () => {
    show('alone_check', undefined, { contacts: [] });
    expect(shadow.querySelector('.help a')).toBeNull();
    expect(q('.help .line').textContent).toBe('[nudge.talk]');
  });

  test.each([
    ['whatsapp', '#whatsapp'],
    ['x', '#x'],
    ['generic', undefined],
  ])('"how to block and report" on %s opens report.html%s', (siteId, hash) => {
    const openPage = vi.fn();
    const { host } = show('alone_check', undefined, { siteId, openPage });
    q('.report').click();
    expect(openPage).toHaveBeenCalledWith('report', hash);
    expect(host.isConnected).toBe(true);
  });

  test('"more about this" opens the learn page', () => {
    const openPage = vi.fn();
    show('photo_request', undefined, { openPage });
    q('.why').click();
    q('.learn').click();
    expect(openPage).toHaveBeenCalledWith('learn', undefined);
  });

  test('threats get the urgent variant with the take-down link and "what to do now"', () => {
    const openPage = vi.fn();
    show('threat_sextortion', undefined, { openPage });
    expect(q('.card').classList.contains('urgent')).toBe(true);
    expect(q('.opener').textContent).toBe('[nudge.openerUrgent]');
    expect(q<HTMLAnchorElement>('a.primary').getAttribute('href')).toBe(FIER_URL);
    expect(q<HTMLAnchorElement>('a.secondary').getAttribute('href')).toBe(HELPWANTED_URL);
    q('.now').click();
    expect(openPage).toHaveBeenCalledWith('sextortion', undefined);
  });

  test('an ordinary nudge has no "what to do now"', () => {
    show('alone_check');
    expect(shadow.querySelector('.now')).toBeNull();
  });

  test('the page cannot hide the host with its own styles', () => {
    const { host } = show();
    const style = host.getAttribute('style') ?? '';
    expect(style).toContain('display: block !important');
    expect(style).toContain('position: fixed !important');
  });
});

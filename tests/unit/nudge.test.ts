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

function show(category: Category = 'alone_check', handlers = { onMute: vi.fn(), onClose: vi.fn() }) {
  const host = renderNudge(document, { category, severity: 'medium', t, anchor: document.getElementById('main'), ...handlers });
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

  test('names the move in words from locales/ and offers the four choices', () => {
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
      '[nudge.why]',
      '[nudge.fine]',
      '[nudge.mute]',
    ]);
  });

  test('is announced politely, once it is in the page', () => {
    show();
    const live = q('[aria-live]');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('[nudge.what.alone_check]');
  });

  test('"why am I seeing this?" opens and closes the explanation', () => {
    show();
    const why = q('.why');
    expect(q('.more').hidden).toBe(true);
    why.click();
    expect(q('.more').hidden).toBe(false);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(q('.more').textContent).toBe('[nudge.more.alone_check]');
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

  test('threats get the urgent variant with the take-down link', () => {
    show('threat_sextortion');
    expect(q('.card').classList.contains('urgent')).toBe(true);
    expect(q('.opener').textContent).toBe('[nudge.openerUrgent]');
    expect(q<HTMLAnchorElement>('a.secondary').getAttribute('href')).toBe(HELPWANTED_URL);
  });

  test('the page cannot hide the host with its own styles', () => {
    const { host } = show();
    const style = host.getAttribute('style') ?? '';
    expect(style).toContain('display: block !important');
    expect(style).toContain('position: fixed !important');
  });
});

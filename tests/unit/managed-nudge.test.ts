// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FIER_URL, renderNudge } from '../../src/nudge/card';
import type { HelpContact } from '../../src/settings/managed';

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

function show(extraContact?: HelpContact) {
  const host = renderNudge(document, { category: 'alone_check', severity: 'medium', t, onMute: vi.fn(), onClose: vi.fn(), extraContact });
  vi.advanceTimersByTime(100);
  return host;
}

describe("the school's help contact in the nudge", () => {
  test('shows as its own row with the name linking to the school, a phone link and the hours, next to Fier', () => {
    show({ name: 'Mevrouw Jansen', url: 'https://school.example.nl/hulp', phone: '+31 10-123 4567', hours: 'ma-vr 8:30-16:00' });
    expect(shadow.querySelector('a.primary')?.getAttribute('href')).toBe(FIER_URL);
    const row = shadow.querySelector('.school');
    expect(row?.querySelector('.label')?.textContent).toBe('[school.nudgeContact]');
    const [name, phone] = [...(row?.querySelectorAll('a') ?? [])];
    expect(name?.textContent).toBe('Mevrouw Jansen');
    expect(name?.getAttribute('href')).toBe('https://school.example.nl/hulp');
    expect(name?.getAttribute('target')).toBe('_blank');
    expect(name?.getAttribute('rel')).toContain('noopener');
    expect(phone?.getAttribute('href')).toBe('tel:+31101234567');
    expect(phone?.textContent).toBe('+31 10-123 4567');
    expect(row?.textContent).toContain('ma-vr 8:30-16:00');
    // It sits right under the country's help (Chat met Fier), above the teen's choices.
    expect(row?.previousElementSibling?.className).toBe('help');
    expect(row?.nextElementSibling?.className).toBe('actions');
  });

  test('a contact with only a name is plain text, no link', () => {
    show({ name: 'De mentor van je klas' });
    const row = shadow.querySelector('.school');
    expect(row?.querySelectorAll('a')).toHaveLength(0);
    expect(row?.textContent).toContain('De mentor van je klas');
  });

  test('text from the policy is text, never markup', () => {
    show({ name: '<img src=x onerror=alert(1)>', hours: '<b>always</b>' });
    const row = shadow.querySelector('.school');
    expect(row?.querySelector('img, b')).toBeNull();
    expect(row?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('without a school contact the nudge has no school row', () => {
    show();
    expect(shadow.querySelector('.school')).toBeNull();
  });
});

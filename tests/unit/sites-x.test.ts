// @vitest-environment happy-dom
import { box, loadFixture } from './fixture-dom';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { selectors, x } from '../../src/sites/x';


const load = () => loadFixture('x');


/**
 * Stands in for the browser's layout, which happy-dom does not do: the fixture's stylesheet puts
 * rows with the atomic class r-obd0qt (justify-content: flex-end) on the right of the list.
 */
function layOut(): void {
  document.querySelector(selectors.scroller)!.getBoundingClientRect = () => box(0, 600);
  for (const text of document.querySelectorAll(selectors.text)) {
    const onRight = !!text.closest('.r-obd0qt');
    text.getBoundingClientRect = () => (onRight ? box(400, 184) : box(64, 180));
  }
}

const read = () => [...x.messageElements(x.conversationRoot(document)!)].map((element) => x.readMessage(element));

describe('x adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', '/messages/12345-67890');
  });
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('style');
  });

  test('reads the open conversation, who sent each message, and emoji by their alt text', () => {
    layOut();
    expect(x.conversationRoot(document)?.getAttribute('data-testid')).toBe('DmActivityContainer');
    expect(read()).toEqual([
      { from: 'them', text: 'hoi hoe gaat ie' }, // no avatar: X draws it once per run; the layout decides
      { from: 'them', text: 'heb je de wiskunde al af?' },
      { from: 'me', text: 'goed! net terug van training ⚽' },
      { from: 'me', text: 'nee nog niet, morgen samen?' }, // a reply: the quoted text is not the message
      null, // a photo without text
    ]);
  });

  test('an avatar names the sender without layout; without either the message waits', () => {
    expect(read()).toEqual([null, { from: 'them', text: 'heb je de wiskunde al af?' }, null, null, null]);
  });

  test('the teen\'s own avatar reads as the teen', () => {
    document.querySelector('[data-testid="UserAvatar-Container-mark_2009"]')!.setAttribute('data-testid', 'UserAvatar-Container-Lotte_vdB');
    expect(read()[1]).toEqual({ from: 'me', text: 'heb je de wiskunde al af?' });
  });

  test('sides are mirrored on right-to-left pages', () => {
    // X sets <html dir="rtl">; happy-dom does not derive the direction from it, so say it in CSS.
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.style.direction = 'rtl';
    layOut();
    expect(read().map((message) => message?.from)).toEqual(['me', 'them', 'them', 'them', undefined]);
  });

  test('a system line is not a message', () => {
    const texts = read().map((message) => message?.text);
    expect(texts).not.toContain('Je hebt het berichtverzoek geaccepteerd');
  });

  test('names the conversation by the id in the URL, not by a contact name', () => {
    expect(x.conversationId(document)).toBe('12345-67890');
    history.replaceState(null, '', '/messages/1500000000000000000/info');
    expect(x.conversationId(document)).toBe('1500000000000000000');
    history.replaceState(null, '', '/messages');
    expect(x.conversationId(document)).toBeNull();
    history.replaceState(null, '', '/messages/requests');
    expect(x.conversationId(document)).toBeNull();
  });

  test('finds no open conversation in the inbox', () => {
    document.querySelector(selectors.conversation)!.remove();
    expect(x.conversationRoot(document)).toBeNull();
  });

  test.each([
    ['https://x.com/messages', 'x'],
    ['https://x.com/messages/12345-67890', 'x'],
    ['https://twitter.com/messages/12345-67890', 'x'],
    ['https://x.com/home', null],
    ['https://x.com/mark_2009', null],
    ['https://x.com/mark_2009/status/1', null],
    ['https://twitter.com/explore', null],
    ['https://x.com/messagesfromearth', null],
  ])('%s is read by %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id ?? null).toBe(id);
  });
});

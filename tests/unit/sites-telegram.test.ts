// @vitest-environment happy-dom
import { loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { selectors, telegram } from '../../src/sites/telegram';


/** Both clients' markup, as the unit tests see it without the fixture's script. */
const load = () => loadFixture('telegram');

const read = () => [...telegram.messageElements(telegram.conversationRoot(document)!)].map((element) => telegram.readMessage(element));

describe('telegram adapter, Web K', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', '/k/#@sanne_k');
  });

  test('reads the active chat, who sent each message, and emoji by their alt text', () => {
    expect(telegram.conversationRoot(document)?.closest('.chat')?.classList.contains('active')).toBe(true);
    expect(read()).toEqual([
      null, // a service message: "Sanne joined Telegram"
      { from: 'them', text: 'hoi! ben jij lotte uit 2b?' }, // the time is not part of the text
      { from: 'them', text: 'ik zag je filmpje 😍' }, // nor are the reactions
      { from: 'me', text: 'haha dankje 🙈 wie ben jij?' }, // nor the quoted message
    ]);
  });

  test('a bubble whose text is not rendered yet, or that is neither in nor out, is not a message', () => {
    const bubbles = document.querySelectorAll(selectors.k.message);
    bubbles[1].querySelector('.translatable-message')!.replaceChildren();
    bubbles[2].classList.remove('is-in');
    expect(read().slice(1, 3)).toEqual([null, null]);
  });

  test('reads only the chat that is open while the previous one animates out', () => {
    const old = document.querySelector('#column-center .chat.active')!;
    const next = old.cloneNode(true) as Element;
    next.querySelector(selectors.k.message)!.closest('.bubbles-inner')!.replaceChildren();
    old.classList.remove('active');
    old.after(next);
    expect(read()).toEqual([]);
  });

  test('names the conversation by the URL hash, or by the header\'s peer id without one', () => {
    expect(telegram.conversationId(document)).toBe('@sanne_k');
    history.replaceState(null, '', '/k/#-1001234567890');
    expect(telegram.conversationId(document)).toBe('-1001234567890');
    history.replaceState(null, '', '/k/');
    expect(telegram.conversationId(document)).toBe('777000123');
  });
});

describe('telegram adapter, Web A', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', '/a/#777000123');
  });

  test('reads the open message list, who sent each message, and emoji by their alt text', () => {
    expect(telegram.conversationRoot(document)?.classList.contains('MessageList')).toBe(true);
    expect(read()).toEqual([
      { from: 'them', text: 'hoi! ben jij lotte uit 2b?' }, // the join notice is an ActionMessage, not a Message
      { from: 'them', text: 'ik zag je filmpje 😍' }, // the time and reactions are not part of the text
      { from: 'me', text: 'haha dankje 🙈 wie ben jij?' },
    ]);
  });

  test('reads the list in the active slide while chats slide in and out', () => {
    const slide = document.querySelector('#MiddleColumn .Transition_slide-active')!;
    const leaving = slide.cloneNode(true) as Element;
    leaving.className = 'Transition_slide Transition_slide-from';
    slide.before(leaving);
    slide.querySelector('.messages-container')!.replaceChildren();
    expect(read()).toEqual([]);
  });

  test('names the conversation by the URL hash', () => {
    expect(telegram.conversationId(document)).toBe('777000123');
    history.replaceState(null, '', '/a/#-1001234567890');
    expect(telegram.conversationId(document)).toBe('-1001234567890');
  });

  test('falls back to the other client\'s markup when the URL names one that is not there', () => {
    document.getElementById('page-chats')!.remove();
    history.replaceState(null, '', '/k/#777000123');
    expect(read()).toHaveLength(3);
  });
});

describe('telegram hosts', () => {
  test('handles both clients, not the landing page', () => {
    expect(adapterFor(new URL('https://web.telegram.org/k/#@sanne_k'))?.id).toBe('telegram');
    expect(adapterFor(new URL('https://web.telegram.org/a/#777000123'))?.id).toBe('telegram');
    expect(adapterFor(new URL('https://web.telegram.org/z/'))?.id).toBe('telegram');
    expect(adapterFor(new URL('https://web.telegram.org/'))).toBeNull();
    expect(adapterFor(new URL('https://web.telegram.org/kitten'))).toBeNull();
  });
});

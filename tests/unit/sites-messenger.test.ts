// @vitest-environment happy-dom
import { box, loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { messenger, selectors } from '../../src/sites/messenger';


const load = () => loadFixture('messenger');


/**
 * Stands in for the browser's layout, which happy-dom does not do: the fixture's stylesheet puts
 * cells with the atom x13a6bvl (justify-content: flex-end) at the end of the line, x1nhvcw1 at
 * the start (after the avatar column) and xl56j7k in the middle.
 */
function layOut(): void {
  for (const grid of document.querySelectorAll(selectors.list)) grid.getBoundingClientRect = () => box(0, 800);
  for (const element of document.querySelectorAll(selectors.text)) {
    const cell = element.closest('[role="gridcell"]');
    element.getBoundingClientRect = () =>
      cell?.classList.contains('x13a6bvl') ? box(520, 268) : cell?.classList.contains('xl56j7k') ? box(360, 80) : box(48, 300);
  }
}

const read = () =>
  [...messenger.messageElements(messenger.conversationRoot(document)!)].map((element) => messenger.readMessage(element));

const FIXTURE_MESSAGES = [
  null, // a date heading
  { from: 'them', text: 'hey! ik zag je op het toernooi zaterdag' },
  { from: 'them', text: 'je speelde echt goed 🔥' },
  { from: 'me', text: 'dankjewel 😊 ken ik jou?' },
  { from: 'them', text: 'ik ben de zus van lotte' }, // a reply: the quoted message is not part of it
];

describe('messenger adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', '/t/100012345678901/');
  });

  test('finds the open thread\'s message list, not the chat list', () => {
    expect(messenger.conversationRoot(document)?.getAttribute('aria-label')).toBe('Messages in conversation with Sanne de Vries');
  });

  test('reads who sent each message by layout, and emoji by their alt text', () => {
    layOut();
    for (const label of document.querySelectorAll(selectors.senderLabel)) label.remove();
    expect(read()).toEqual(FIXTURE_MESSAGES);
  });

  test('without layout, the hidden sender heading says who sent it', () => {
    expect(read()).toEqual(FIXTURE_MESSAGES);
  });

  test('layout wins over the heading, and sides are mirrored on right-to-left pages', () => {
    layOut();
    (messenger.conversationRoot(document) as HTMLElement).style.direction = 'rtl';
    expect(read().map((message) => message?.from ?? null)).toEqual([null, 'me', 'me', 'them', 'me']);
  });

  test('a row whose text is not filled in yet is not a message yet', () => {
    const row = document.querySelectorAll(`${selectors.main} ${selectors.message}`)[1];
    row.querySelector(selectors.text)!.replaceChildren();
    expect(read()[1]).toBeNull();
  });

  test('names the conversation by the thread id in the URL, on Messenger and on Facebook', () => {
    expect(messenger.conversationId(document)).toBe('100012345678901');
    history.replaceState(null, '', '/e2ee/t/7301234567890123/');
    expect(messenger.conversationId(document)).toBe('7301234567890123');
    history.replaceState(null, '', '/messages/t/100012345678901/');
    expect(messenger.conversationId(document)).toBe('100012345678901');
    history.replaceState(null, '', '/messages/e2ee/t/7301234567890123');
    expect(messenger.conversationId(document)).toBe('7301234567890123');
  });

  test('handles Messenger and facebook.com/messages, not the rest of Facebook', () => {
    expect(adapterFor(new URL('https://www.messenger.com/t/100012345678901/'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.messenger.com/e2ee/t/7301234567890123/'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/messages/t/100012345678901/'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/messages/e2ee/t/7301234567890123/'))?.id).toBe('messenger');
    expect(adapterFor(new URL('https://www.facebook.com/'))).toBeNull();
    expect(adapterFor(new URL('https://www.facebook.com/groups/123/'))).toBeNull();
    expect(adapterFor(new URL('https://www.facebook.com/messagesandmore'))).toBeNull();
  });
});

// @vitest-environment happy-dom
import { box, loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { instagram, selectors } from '../../src/sites/instagram';

const THREAD = '340282366841710300949128171234567890';

const load = () => loadFixture('instagram');


/**
 * Stands in for the browser's layout, which happy-dom does not do: the fixture's stylesheet puts
 * rows with the atom x13a6bvl (justify-content: flex-end) at the end of the line, x1nhvcw1 at the
 * start (after the avatar column) and xl56j7k in the middle.
 */
function layOut(): void {
  document.querySelector(selectors.conversation)!.getBoundingClientRect = () => box(0, 800);
  for (const element of document.querySelectorAll(`${selectors.bubble}, ${selectors.text}`)) {
    const cell = element.closest('[role="gridcell"]');
    element.getBoundingClientRect = () =>
      cell?.classList.contains('x13a6bvl') ? box(500, 284) : cell?.classList.contains('xl56j7k') ? box(360, 80) : box(52, 300);
  }
}

const read = () =>
  [...instagram.messageElements(instagram.conversationRoot(document)!)].map((element) => instagram.readMessage(element));

const FIXTURE_MESSAGES = [
  null, // a date row: centred, no sender
  { from: 'them', text: 'hoi! jij zat toch ook bij de zwemclub?' },
  { from: 'them', text: 'leuk om je hier te zien 🙂' },
  { from: 'me', text: 'haha ja klopt 😄 wie ben jij ook alweer' },
  null, // a photo without text
];

describe('instagram adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', `/direct/t/${THREAD}/`);
  });

  test('finds the open thread\'s message list, not the navigation', () => {
    expect(instagram.conversationRoot(document)?.getAttribute('aria-label')).toBe('Messages in conversation with sanne.x');
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
    const list = instagram.conversationRoot(document) as HTMLElement;
    list.style.direction = 'rtl';
    expect(read().map((message) => message?.from ?? null)).toEqual([null, 'me', 'me', 'them', null]);
  });

  test('a row whose text is not filled in yet is not a message yet', () => {
    document.querySelectorAll(selectors.message)[1].querySelector(selectors.text)!.replaceChildren();
    expect(read()[1]).toBeNull();
  });

  test('reads bubbles one by one in layouts without rows', () => {
    layOut();
    for (const row of document.querySelectorAll(selectors.message)) row.removeAttribute('role');
    expect(read()).toEqual(FIXTURE_MESSAGES.slice(1));
  });

  test('names the conversation by the thread id in the URL', () => {
    expect(instagram.conversationId(document)).toBe(THREAD);
    history.replaceState(null, '', '/direct/inbox/');
    expect(instagram.conversationId(document)).toBeNull();
  });

  test('handles direct messages only, not the feed or profiles', () => {
    expect(adapterFor(new URL(`https://www.instagram.com/direct/t/${THREAD}/`))?.id).toBe('instagram');
    expect(adapterFor(new URL('https://www.instagram.com/direct/inbox/'))?.id).toBe('instagram');
    expect(adapterFor(new URL('https://www.instagram.com/'))).toBeNull();
    expect(adapterFor(new URL('https://www.instagram.com/sanne.x/'))).toBeNull();
    expect(adapterFor(new URL('https://www.instagram.com/explore/'))).toBeNull();
  });
});

// @vitest-environment happy-dom
import { loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { snapchat } from '../../src/sites/snapchat';

const MARK = '6f1c2b7e-4d0a-4c3e-9b59-2a8e5d7c1f00';

const load = () => loadFixture('snapchat');

const read = () => [...snapchat.messageElements(snapchat.conversationRoot(document)!)].map((element) => snapchat.readMessage(element));

describe('snapchat adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', `/web/${MARK}`);
  });

  test('reads the open chat, who sent each message, and emoji by their alt text', () => {
    const root = snapchat.conversationRoot(document);
    expect(root?.tagName).toBe('UL');
    expect(root?.hasAttribute('hidden')).toBe(false);
    expect(read()).toEqual([
      { from: 'them', text: 'hoi hoe gaat ie' },
      { from: 'me', text: 'goed! net terug van training ⚽' }, // its <time> is not part of the text
      { from: 'me', text: 'en jij?' }, // nor is an aria-hidden "saved" marker
      null, // text not filled in yet
    ]);
  });

  test('dates and receipts between runs are not messages', () => {
    const texts = read().map((message) => message?.text);
    expect(texts).not.toContain('Vandaag');
    expect(texts).not.toContain('Mark heeft de chat geopend');
  });

  test('reads Snapchat\'s English label for the teen too', () => {
    document.querySelector('li.Q4Ly0 header span')!.textContent = 'Me';
    expect(read()[1]?.from).toBe('me');
  });

  test('reads the list that is shown, not a hidden one kept from another chat', () => {
    const [sanne, mark] = document.querySelectorAll('ul');
    sanne.hidden = false;
    mark.hidden = true;
    expect(read()).toEqual([{ from: 'them', text: 'oke doei' }]);
  });

  test('names the conversation by the id in the URL, not by a contact name', () => {
    expect(snapchat.conversationId(document)).toBe(MARK);
    history.replaceState(null, '', '/web/');
    expect(snapchat.conversationId(document)).toBeNull();
  });

  test('finds no open chat on the start screen', () => {
    history.replaceState(null, '', '/web');
    expect(snapchat.conversationRoot(document)).toBeNull();
  });

  test.each([
    ['https://www.snapchat.com/web', 'snapchat'],
    ['https://www.snapchat.com/web/', 'snapchat'],
    [`https://www.snapchat.com/web/${MARK}`, 'snapchat'],
    ['https://www.snapchat.com/', null],
    ['https://www.snapchat.com/add/someone', null],
    ['https://www.snapchat.com/spotlight', null],
    ['https://www.snapchat.com/webinar', null],
  ])('%s is read by %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id ?? null).toBe(id);
  });
});

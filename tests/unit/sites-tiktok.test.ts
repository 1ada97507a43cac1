// @vitest-environment happy-dom
import { loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { selectors, tiktok } from '../../src/sites/tiktok';


const load = () => loadFixture('tiktok');

const read = () => [...tiktok.messageElements(tiktok.conversationRoot(document)!)].map((element) => tiktok.readMessage(element));

const expected = [
  { from: 'them', text: 'hoi hoe gaat ie' },
  { from: 'me', text: 'goed! net terug van training ⚽' },
  null, // a shared video: no text
  { from: 'me', text: 'nee nog niet, morgen samen?' },
];

describe('tiktok adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', '/messages?lang=nl');
  });

  test('reads the open chat, who sent each message, and emoji by their alt text', () => {
    const root = tiktok.conversationRoot(document);
    expect(root?.className).toContain('DivChatBox');
    expect(root?.querySelector('[data-e2e="chat-list-item"]')).toBeNull();
    expect(read()).toEqual(expected);
  });

  test('without the account data, the header\'s @handle tells the two apart', () => {
    document.querySelector(selectors.session)!.remove();
    expect(read()).toEqual(expected);
  });

  test('in a group chat (no @handle in the header) the account data alone decides', () => {
    document.querySelector(selectors.otherHandle)!.remove();
    expect(read()).toEqual(expected);
  });

  test('without either handle a message is not guessed', () => {
    document.querySelector(selectors.session)!.remove();
    document.querySelector(selectors.otherHandle)!.remove();
    expect(read()).toEqual([null, null, null, null]);
  });

  test('a message whose text has not arrived yet is not read', () => {
    document.querySelector('.css-1k81tbu-PText')!.replaceChildren();
    expect(read()[0]).toBeNull();
  });

  test('names the conversation by the other person\'s @handle, not by the URL or a display name', () => {
    expect(tiktok.conversationId(document)).toBe('mark.2009');
    // ?u= is only set when a chat is opened from a profile and goes stale when another is picked.
    history.replaceState(null, '', '/messages?lang=nl&u=7000000000000000099');
    expect(tiktok.conversationId(document)).toBe('mark.2009');
  });

  test('finds no open chat before one is picked', () => {
    document.querySelector('.css-1ojh5uq-DivChatBox')!.remove();
    expect(tiktok.conversationRoot(document)).toBeNull();
  });

  test.each([
    ['https://www.tiktok.com/messages', 'tiktok'],
    ['https://www.tiktok.com/messages?lang=nl&u=7000000000000000099', 'tiktok'],
    ['https://www.tiktok.com/@someone', null],
    ['https://www.tiktok.com/@someone/video/7300000000000000001', null],
    ['https://www.tiktok.com/foryou', null],
    ['https://www.tiktok.com/', null],
  ])('%s is read by %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id ?? null).toBe(id);
  });
});

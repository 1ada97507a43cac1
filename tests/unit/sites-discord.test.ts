// @vitest-environment happy-dom
import { loadFixture } from './fixture-dom';
import { beforeEach, describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/sites';
import { discord, selectors } from '../../src/sites/discord';

const CHANNEL = '1100000000000000001';

const load = () => loadFixture('discord');

const read = () => [...discord.messageElements(discord.conversationRoot(document)!)].map((element) => discord.readMessage(element));

const FIXTURE_MESSAGES = [
  { from: 'them', text: 'hoi lotte! jij speelt toch ook fortnite?' },
  { from: 'them', text: 'je bent echt goed 🔥' }, // no header of its own: the group's first message names the author
  { from: 'me', text: 'haha ja 😅 maar ik ben niet zo goed' },
  { from: 'them', text: 'ik kan je wel wat tips geven' }, // a reply quoting the teen, edited
];

/** Replaces every avatar by a default one, which carries no user id. */
function defaultAvatars(): void {
  for (const image of document.querySelectorAll(selectors.avatar)) image.setAttribute('src', '/assets/1f0bfc0865d324c2587920a7d80c609b.png');
}

describe('discord adapter', () => {
  beforeEach(() => {
    load();
    history.replaceState(null, '', `/channels/@me/${CHANNEL}`);
  });

  test('reads the open channel, who sent each message by user id, and emoji by their alt text', () => {
    expect(discord.conversationRoot(document)?.getAttribute('data-list-id')).toBe('chat-messages');
    expect(read()).toEqual(FIXTURE_MESSAGES);
  });

  test('in a direct message, the other person\'s id in the side list is enough', () => {
    document.querySelector(`${selectors.account} ${selectors.avatar}`)!.remove();
    expect(read()).toEqual(FIXTURE_MESSAGES);
  });

  test('without user ids, the account panel\'s name tells the teen\'s messages apart', () => {
    defaultAvatars();
    expect(read()).toEqual(FIXTURE_MESSAGES);
  });

  test('a message whose author cannot be told apart is not read', () => {
    defaultAvatars();
    document.querySelector(selectors.account)!.remove();
    expect(read()).toEqual([null, null, null, null]);
  });

  test('a follow-up message finds its author by walking back when it is not labelled', () => {
    document.querySelectorAll(selectors.article)[1].removeAttribute('aria-labelledby');
    expect(read()[1]).toEqual(FIXTURE_MESSAGES[1]);
  });

  test('a message whose text is not rendered yet is not a message yet', () => {
    document.getElementById('message-content-1200000000000000101')!.replaceChildren();
    expect(read()[0]).toBeNull();
  });

  test('names the conversation by the channel id in the URL', () => {
    expect(discord.conversationId(document)).toBe(CHANNEL);
    history.replaceState(null, '', '/channels/613425648685547541/613427122459017226');
    expect(discord.conversationId(document)).toBe('613427122459017226');
    history.replaceState(null, '', '/channels/@me');
    expect(discord.conversationId(document)).toBeNull();
  });

  test('handles channels only, not the rest of discord.com', () => {
    expect(adapterFor(new URL(`https://discord.com/channels/@me/${CHANNEL}`))?.id).toBe('discord');
    expect(adapterFor(new URL('https://discord.com/channels/613425648685547541/613427122459017226'))?.id).toBe('discord');
    expect(adapterFor(new URL('https://discord.com/'))).toBeNull();
    expect(adapterFor(new URL('https://discord.com/download'))).toBeNull();
    expect(adapterFor(new URL('https://discord.com/login'))).toBeNull();
  });
});

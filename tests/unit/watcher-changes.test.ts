// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MESSAGE_SELECTOR, messagesTouched, sawNewText, textBlocksTouched } from '@/entrypoints/chat.content/changes';
import { generic } from '@/src/sites/generic';
import { SITE_ADAPTERS } from '@/src/sites';
import { loadFixture } from './fixture-dom';

/** A chat list like WhatsApp's: rows, each holding one message element with its text inside. */
function chat(ids: string[]): HTMLElement {
  document.body.innerHTML = `<div id="root"><p class="typing"></p><div id="list">${ids.map((id) => `<div class="row"><div class="msg" id="${id}"><span class="text">${id}</span></div></div>`).join('')}</div></div><div id="side"><div class="msg" id="elsewhere"></div></div>`;
  return document.getElementById('list')!;
}
const root = () => document.getElementById('root')!;
const touched = (...nodes: Element[]) => messagesTouched('.msg', root(), nodes).map((m) => m.id);
const row = (id: string) => {
  const div = document.createElement('div');
  div.className = 'row';
  div.innerHTML = `<div class="msg" id="${id}"><span class="text">${id}</span></div>`;
  return div;
};

describe('messagesTouched: the messages a change in the page touched', () => {
  let list: HTMLElement;
  beforeEach(() => {
    list = chat(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('finds a row appended at the end, and only that one', () => {
    const added = row('m6');
    list.append(added);
    expect(touched(added)).toEqual(['m6']);
  });

  it('finds rows inserted above when scrolling up, and an added message element itself', () => {
    const older = row('m0');
    list.prepend(older);
    expect(touched(older)).toEqual(['m0']);
    expect(touched(older.querySelector('.msg')!)).toEqual(['m0']);
  });

  it('finds a recycled row re-created in the middle of the list', () => {
    const again = row('m3b');
    list.children[2]!.replaceWith(again);
    expect(touched(again)).toEqual(['m3b']);
  });

  it('finds the message whose text arrived later (the change is inside it), once', () => {
    const text = document.getElementById('m4')!.querySelector('.text')!;
    expect(touched(text, document.getElementById('m4')!, text)).toEqual(['m4']);
  });

  it('finds every message of a block added at once, in order', () => {
    const block = document.createElement('div');
    block.append(row('n1'), row('n2'), row('n3'));
    list.children[1]!.after(block);
    expect(touched(block)).toEqual(['n1', 'n2', 'n3']);
  });

  it('finds nothing for changes outside every message, outside the chat, or no longer in the page', () => {
    const typing = document.querySelector('.typing')!;
    typing.textContent = 'Mark is typing…';
    expect(touched(typing)).toEqual([]);
    expect(touched(document.getElementById('elsewhere')!)).toEqual([]);
    const gone = row('gone');
    list.append(gone);
    gone.remove();
    expect(touched(gone)).toEqual([]);
  });
});

describe('MESSAGE_SELECTOR matches each adapter', () => {
  for (const [id, selector] of Object.entries(MESSAGE_SELECTOR)) {
    it(`${id}: the selector finds exactly the adapter's message elements in its fixture`, () => {
      const adapter = SITE_ADAPTERS.find((a) => a.id === id)!;
      expect(adapter).toBeDefined();
      loadFixture(id);
      const conversation = adapter.conversationRoot(document);
      expect(conversation).not.toBeNull();
      const own = [...adapter.messageElements(conversation!)];
      expect(own.length).toBeGreaterThan(0);
      expect([...conversation!.querySelectorAll(selector)]).toEqual(own);
      // And from the changes alone: the whole list, added at once, gives the same messages.
      expect(messagesTouched(selector, conversation!, [conversation!])).toEqual(own);
    });
  }
});

describe('textBlocksTouched: the generic reader looks only at what changed', () => {
  const blocks = (nodes: Element[]) => textBlocksTouched(document.body, nodes).map((b) => b.textContent);

  it('finds the same messages as a full read, for a whole page added at once', () => {
    loadFixture('generic-chat');
    const own = [...generic.messageElements(document.body)];
    expect(own.length).toBeGreaterThan(0);
    expect(textBlocksTouched(document.body, [document.body])).toEqual(own);
  });

  it('finds a message added, and a block whose text arrived later, but not the text the teen types or the nudge', () => {
    document.body.innerHTML = `<main id="chat"><div class="msg" id="empty"></div></main><div contenteditable="true" id="box"><p>hoi daar</p></div><heads-up-nudge><p>kaart</p></heads-up-nudge>`;
    const row = document.createElement('div');
    row.innerHTML = '<div class="wrap"><p>zullen we afspreken</p></div>';
    document.getElementById('chat')!.append(row);
    const empty = document.getElementById('empty')!;
    empty.append(document.createTextNode('ben je alleen thuis'));
    const box = document.getElementById('box')!;
    const nudge = document.querySelector('heads-up-nudge')!;
    expect(blocks([row, empty, box.querySelector('p')!, nudge])).toEqual(['zullen we afspreken', 'ben je alleen thuis']);
    // A wrapper without words of its own is no message; a block no longer in the page neither.
    row.remove();
    expect(blocks([row])).toEqual([]);
  });
});

describe('sawNewText: new text from the page, not what the teen types', () => {
  /** What the watcher's MutationObserver keeps of each change: the added node, or the parent of changed text. */
  function kept(change: (box: HTMLElement) => Node): Element[] {
    document.body.innerHTML = `<div id="chat"></div><div contenteditable="true" id="box"><p>hoi</p></div><textarea id="area"></textarea>`;
    const node = change(document.getElementById('box')!);
    return [node instanceof Element ? node : node.parentElement!];
  }

  it.each([
    ['a message row added to the chat', () => document.getElementById('chat')!.appendChild(document.createElement('div')), true],
    ['text added to a message', () => document.getElementById('chat')!.appendChild(document.createTextNode('hoi')), true],
    ['a word typed in the message box', (box: HTMLElement) => box.querySelector('p')!.appendChild(document.createTextNode(' daar')), false],
    ['a line break typed in the message box', (box: HTMLElement) => box.appendChild(document.createElement('br')), false],
    ['text in a textarea', () => document.getElementById('area')!.appendChild(document.createTextNode('x')), false],
  ] as const)('%s → %s', (_, change, expected) => {
    expect(sawNewText(kept(change), false)).toBe(expected);
  });

  it('counts a burst too large to keep as new text, and nothing as none', () => {
    expect(sawNewText([], true)).toBe(true);
    expect(sawNewText([], false)).toBe(false);
  });
});

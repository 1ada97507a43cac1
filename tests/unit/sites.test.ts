// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { SITE_ADAPTERS, adapterFor, generic, siteFor } from '../../src/sites';
import { whatsapp } from '../../src/sites/whatsapp';
import { loadFixture } from './fixture-dom';

describe('site registry', () => {
  test('every adapter has a fixture and is chosen for its own host', () => {
    for (const site of SITE_ADAPTERS) {
      expect(existsSync(resolve(__dirname, '../fixtures', `${site.id}.html`)), site.id).toBe(true);
      for (const pattern of site.matches) {
        expect(siteFor(new URL(pattern.replace('*', 'x')))?.id).toBe(site.id);
      }
    }
    expect(adapterFor(new URL('https://example.org/chat'))?.id).toBe('generic');
  });
});

describe('whatsapp adapter', () => {
  beforeEach(() => loadFixture('whatsapp'));

  test('reads the open chat, who sent each message, and emoji by their alt text', () => {
    const root = whatsapp.conversationRoot(document);
    expect(root?.id).toBe('main');
    const messages = [...whatsapp.messageElements(root!)].map((el) => whatsapp.readMessage(el));
    expect(messages).toEqual([
      { from: 'them', text: 'hoi hoe gaat ie' },
      { from: 'me', text: 'goed! net terug van training ⚽' },
      null, // a row without text (a sender label) is not a message
    ]);
  });

  test('names the conversation by its chat id, not by the contact name', () => {
    expect(whatsapp.conversationId(document)).toBe('31611111111@c.us');
  });

  test('falls back to the header title when no message is on screen', () => {
    document.querySelector('#main .msgs')!.replaceChildren();
    expect(whatsapp.conversationId(document)).toBe('Mark');
  });

  test('finds no open chat on the start screen', () => {
    document.querySelector('#main')!.remove();
    expect(whatsapp.conversationRoot(document)).toBeNull();
  });
});

describe('generic reader', () => {
  test('reads new blocks of text, skipping what the teen types and page chrome', () => {
    document.body.innerHTML = `
      <nav><a>Home</a><span>Inbox</span></nav>
      <ul><li>ben je alleen thuis?</li><li><span>stuur <b>eens</b> een foto</span></li></ul>
      <div contenteditable="true"><p>wat ik aan het typen ben</p></div>
      <textarea>concept</textarea>`;
    const texts = [...generic.messageElements(document.body)].map((el) => generic.readMessage(el)?.text);
    expect(texts).toEqual(['ben je alleen thuis?', 'stuur eens een foto']);
    expect(generic.readMessage(document.querySelector('li')!)?.from).toBe('them');
  });
});

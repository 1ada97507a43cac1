import { describe, expect, test } from 'vitest';
import { originPattern, tabStatus, teenOrigins } from '../../src/sites/teen-sites';
import { CHAT_SITE_MATCHES } from '../../src/sites';

describe('sites the teen switches on', () => {
  test('one site at a time, by its own origin', () => {
    expect(originPattern('https://forum.example.org/t/123?x=1')).toBe('https://forum.example.org/*');
    expect(originPattern('http://127.0.0.1:8080/chat')).toBe('http://127.0.0.1/*');
    expect(originPattern('chrome://extensions')).toBeNull();
    expect(originPattern('file:///home/me/chat.html')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
    expect(originPattern(undefined)).toBeNull();
  });

  test('the built-in chat sites and broad patterns are never counted as the teen\'s own', () => {
    expect(teenOrigins([...CHAT_SITE_MATCHES, 'https://forum.example.org/*', 'https://*/*', '<all_urls>'])).toEqual([
      'https://forum.example.org/*',
    ]);
    // Firefox reports granted host permissions without their path.
    expect(teenOrigins(['https://www.snapchat.com/*', 'https://web.whatsapp.com/*', 'http://127.0.0.1/*'])).toEqual(['http://127.0.0.1/*']);
  });

  test('a built-in site granted as its whole origin is not a site the teen switched on', () => {
    // Chrome reports the grant for https://www.snapchat.com/web* as the whole origin.
    expect(teenOrigins(['https://www.snapchat.com/*', 'https://www.facebook.com/*', 'https://club.example.nl/*'])).toEqual([
      'https://club.example.nl/*',
    ]);
  });

  test.each([
    ['https://web.whatsapp.com/', [], [], 'supported'],
    ['https://web.whatsapp.com/', [], ['whatsapp'], 'site-off'],
    ['https://forum.example.org/t/1', [], [], 'other-site'],
    ['https://forum.example.org/t/1', ['https://forum.example.org/*'], [], 'teen-site'],
    ['chrome://newtab/', [], [], 'unavailable'],
    [undefined, [], [], 'unavailable'],
  ] as const)('%s → %s', (url, granted, disabled, kind) => {
    expect(tabStatus(url, granted, disabled).kind).toBe(kind);
  });
});

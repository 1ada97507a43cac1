import { NUDGE, expect, fixture, nudgeCounts, nudges, receive, send, test } from './firefox';

// The add-on as Firefox users get it, on chat fixtures served on the sites' real addresses, so
// the manifest's content-script matches and the site adapters are exercised for real.

test('WhatsApp: a grooming message from the other side gets a nudge that never quotes it', async ({ firefox, tabs }) => {
  const page = await tabs.serve('https://web.whatsapp.com/', fixture('whatsapp.html'));
  await receive(page, 'ben je alleen thuis?');

  await expect.poll(() => nudges(page)).toEqual([{ category: 'alone_check', severity: 'medium', text: '', shadow: false }]);
  await expect.poll(() => nudgeCounts(firefox)).toEqual({ alone_check: 1 });
});

test('WhatsApp: ordinary chat and the teen\'s own words get no nudge', async ({ firefox, tabs }) => {
  const page = await tabs.serve('https://web.whatsapp.com/', fixture('whatsapp.html'));
  await send(page, 'ben je alleen thuis?');
  await receive(page, 'haha nee mijn broertje is er ook, zie je morgen op school');
  await receive(page, 'kun je een foto van het rooster sturen?');
  // Messages are read in order: when this one is nudged, the ones above were read and let be.
  await receive(page, 'zeg het tegen niemand oke');
  await expect.poll(() => nudges(page)).toEqual([expect.objectContaining({ category: 'secrecy' })]);
  await expect.poll(() => nudgeCounts(firefox)).toEqual({ secrecy: 1 });
  expect(await page.$$(NUDGE)).toHaveLength(1);
});

test('Discord: nudges for the other side, not for ordinary chat', async ({ firefox, tabs }) => {
  const page = await tabs.serve('https://discord.com/channels/@me/1100000000000000001', fixture('discord.html'));
  await send(page, 'stuur eens een foto van jezelf');
  await receive(page, 'wanneer is de training morgen?');
  await receive(page, 'stuur eens een foto van jezelf');
  await expect.poll(() => nudges(page)).toEqual([expect.objectContaining({ category: 'photo_request' })]);
  await expect.poll(() => nudgeCounts(firefox)).toEqual({ photo_request: 1 });
});

test('Telegram: nudges for the other side, not for ordinary chat', async ({ firefox, tabs }) => {
  const page = await tabs.serve('https://web.telegram.org/k/#@sanne_k', fixture('telegram.html'));
  await send(page, 'zeg het tegen niemand oke');
  await receive(page, 'hoe laat begint de film?');
  await receive(page, 'ben je alleen thuis?');
  await expect.poll(() => nudges(page)).toEqual([expect.objectContaining({ category: 'alone_check' })]);
  await expect.poll(() => nudgeCounts(firefox)).toEqual({ alone_check: 1 });
});

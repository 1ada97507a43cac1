import { describe, expect, test } from 'vitest';
import { DOUBT_BELOW, DOUBT_BELOW_SEVERE, DOUBT_BELOW_THREAT, doubtBelow, matchText, modelTexts, type Match } from '../../src/detector/engine';
import { modelCategoryIndex, readPart } from '../../src/detector/model';
import { Conversation, evaluate } from '../../src/detector/policy';
import type { Category, Message, Sensitivity } from '../../src/detector/types';
import { loadMessages } from '../../scripts/corpus';

const them = (text: string): Message => ({ from: 'them', text });
const me = (text: string): Message => ({ from: 'me', text });

/** Pins the policy with fixed matches: "foto" is a medium photo request the model doubts. */
function fixed(text: string): Match[] {
  const out: Match[] = [];
  if (text.includes('foto')) out.push({ category: 'photo_request', stage: 'exploitation', severity: 'medium', rule: 'nl.photo_request.t', doubt: true });
  if (text.includes('oud')) out.push({ category: 'personal_info', stage: 'selection', severity: 'low', rule: 'nl.personal_info.t' });
  if (text.includes('knap')) out.push({ category: 'flattery_trust', stage: 'trust', severity: 'low', rule: 'nl.flattery_trust.t' });
  return out;
}
const nudges = (messages: Message[], sensitivity: Sensitivity) => {
  const chat = new Conversation(fixed);
  return messages.flatMap((m) => chat.add(m, sensitivity).nudges.map((n) => `${n.category}:${n.severity}`));
};

describe('a medium signal the learned model doubts', () => {
  test('waits for high on its own', () => {
    expect(nudges([them('stuur een foto')], 'standard')).toEqual([]);
    expect(nudges([them('stuur een foto')], 'high')).toEqual(['photo_request:low']);
  });

  test('still nudges at standard as part of a combination of mild signals', () => {
    expect(nudges([them('stuur een foto')], 'standard')).toEqual([]);
    expect(nudges([them('hoe oud ben je'), them('je bent knap'), them('stuur een foto')], 'standard')).toEqual(['photo_request:low']);
  });

  test('nudges at standard once the teen has said they are under 16', () => {
    expect(nudges([me('ik ben 14'), them('stuur een foto')], 'standard')).toEqual(['photo_request:medium']);
  });
});

describe('which signals the model doubts, on the tuning corpus', () => {
  const { rows } = loadMessages();
  const medium = (ms: Match[], keep: (m: Match) => boolean) => ms.filter((m) => m.severity === 'medium' && !m.guess && keep(m));

  test('only medium rule signals, and few of those on real moves; more on everyday messages', () => {
    let moves = 0;
    let movesDoubted = 0;
    let everyday = 0;
    let everydayDoubted = 0;
    for (const row of rows) {
      const matches = matchText(row.text);
      for (const m of matches) if (m.doubt) expect([m.severity, m.guess ?? false, row.text]).toEqual(['medium', false, row.text]);
      const own = medium(matches, (m) => row.label === 'none' || m.category === row.label);
      if (own.length === 0) continue;
      const doubted = own.every((m) => m.doubt);
      if (row.label === 'none') {
        everyday++;
        if (doubted) everydayDoubted++;
      } else {
        moves++;
        if (doubted) movesDoubted++;
      }
    }
    expect(moves).toBeGreaterThan(1000);
    // A move the model doubts is still shown at high and counts in a combination at standard,
    // but a teen at standard sees it later: keep that rare (3.8% at engine.ts's thresholds in
    // session 11; 4.5% at −150 in session 15; 7.6% at −100, which doubted plain moves too; 5.7%
    // since session 16 doubts photo requests, meetings and sexual talk below −200, which on the
    // unseen batch t27 cost 2 of 606 moves their nudge at standard on their own, for 5 fewer of 22
    // false nudges). 6.1% in session 17, when batch t29 joined the corpus: its indirect meetings,
    // sexual talk and flattery have 49 of their 349 medium moves doubted (14%), the rest of the
    // corpus 5.7% as before.
    expect(movesDoubted / moves).toBeLessThan(0.065);
    expect(everyday).toBeGreaterThan(0);
    expect(everydayDoubted / everyday).toBeGreaterThan(2 * (movesDoubted / moves));
  });
});

describe('where one message can be the moment that matters', () => {
  const { rows } = loadMessages();
  const SEVERE: ReadonlySet<Category> = new Set(['sexual_content', 'photo_request', 'meeting', 'threat_sextortion']);
  /** The model's score for `category` in a message it reads whole, or undefined. */
  const score = (text: string, category: Category): number | undefined => {
    const parts = modelTexts(text);
    return parts.length === 1 ? readPart(parts[0]!)?.scores[modelCategoryIndex(category)] : undefined;
  };

  test('a medium sexual, photo, meeting or threat move the model is only somewhat unsure of still nudges at standard on its own; other moves that unsure wait for high', () => {
    let severe = 0;
    let severeDoubted = 0;
    let other = 0;
    for (const row of rows) {
      if (row.label === 'none') continue;
      const own = matchText(row.text).filter((m) => m.category === row.label && m.severity === 'medium' && !m.guess);
      if (own.length === 0) continue;
      const s = score(row.text, row.label);
      if (s === undefined || s < DOUBT_BELOW_THREAT || s >= DOUBT_BELOW) continue;
      if (SEVERE.has(row.label) && s >= doubtBelow(row.label)) {
        severe++;
        const nudged = evaluate([them(row.text)], 'standard').nudges.map((n) => n.category);
        expect([row.text, nudged.includes(row.label)]).toEqual([row.text, true]);
      } else {
        // Threats are never this unsure; photo requests, meetings and sexual talk are below −200.
        if (SEVERE.has(row.label)) severeDoubted++;
        else other++;
        expect([row.text, own.every((m) => m.doubt)]).toEqual([row.text, true]);
      }
    }
    // Every kind occurs in the tuning corpus, so no part of this test passes by being empty.
    expect(severe).toBeGreaterThan(0);
    expect(severeDoubted).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(0);
  });
});

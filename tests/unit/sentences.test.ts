import { describe, expect, test } from 'vitest';
import { matchNormalised, matchText } from '../../src/detector/engine';
import { anchored, sentenceRules, sentences } from '../../src/detector/sentences';
import { ALL_RULES } from '../../src/detector/rules';
import { normalise } from '../../src/detector/normalise';
import { evaluate } from '../../src/detector/policy';

// The first matchText builds the prefilter; on a busy 2-core machine that can take longer than vitest's 5 s.
describe('long messages are also read sentence by sentence', { timeout: 60_000 }, () => {
  test('sentences: split after . ! ; … followed by a space, and at line breaks; not after ? nor inside words', () => {
    expect(sentences('haha die les was saai. ben je alleen thuis? dan bel ik')).toEqual([
      'haha die les was saai.',
      'ben je alleen thuis? dan bel ik',
    ]);
    expect(sentences('eerste regel\n\ntweede regel')).toEqual(['eerste regel', 'tweede regel']);
    expect(sentences('wow!!! echt? ja')).toEqual(['wow!!!', 'echt? ja']);
    expect(sentences('date? die is 12 maart')).toEqual([]);
    // One sentence, dotted letters and decimals: nothing to split.
    expect(sentences('send n.u.d.e.s')).toEqual([]);
    expect(sentences('het kost 3.50 euro.')).toEqual([]);
    expect(sentences('pic?')).toEqual([]);
    expect(sentences('')).toEqual([]);
  });

  test('a request that a rule only knows as a whole message is still seen after small talk', () => {
    const text = 'haha that match was insane, we won 3-1! anyway send pic';
    // Read as one text, the bare request is lost in the small talk …
    expect(matchNormalised(normalise(text)).map((m) => m.category)).not.toContain('photo_request');
    // … read sentence by sentence, it is there (and shows at high).
    expect(matchText(text).map((m) => m.category)).toContain('photo_request');
    expect(evaluate([{ from: 'them', text }], 'high').nudges.map((n) => n.category)).toContain('photo_request');
  });

  test('a lookalike word in another sentence still excuses the move: the context is the whole message', () => {
    for (const text of [
      'wil je zaterdag bij mij logeren? mijn moeder vindt het goed',
      'when do ur parents get home? we need a ride to practice',
      'ben je alleen thuis? dan kom ik gezellig langs met snoep',
      'haha. wat vind je lekker? pizza of patat',
    ]) {
      expect(evaluate([{ from: 'them', text }], 'standard').nudges).toEqual([]);
    }
  });

  test('only patterns tied to the start or end of the text are run again per sentence', () => {
    expect(anchored(/^pic\??$/)).toBe(true);
    expect(anchored(/\bpic\b/)).toBe(false);
    expect(anchored(/[$^]money/)).toBe(false);
    expect(anchored(/\$\d+/)).toBe(false);
    const again = sentenceRules(ALL_RULES);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((r) => r.patterns.length > 0 && r.patterns.every(anchored))).toBe(true);
    expect(sentenceRules(ALL_RULES)).toBe(again);
  });

  test('a sentence that matches what the whole message matched adds nothing twice', () => {
    const text = 'pff wiskunde was zo saai vandaag. stuur ff een foto van jezelf';
    const rules = matchText(text).map((m) => m.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });
});

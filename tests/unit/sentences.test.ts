import { describe, expect, test } from 'vitest';
import { matchNormalised, matchText } from '../../src/detector/engine';
import { MODEL_MAX_LENGTH } from '../../src/detector/model';
import { normalise, sentenceEnds } from '../../src/detector/normalise';
import { evaluate } from '../../src/detector/policy';
import { normalisedSentences } from '../../src/detector/sentences';
import { prng } from '../../scripts/prng';

// The first matchText builds the prefilter; on a busy 2-core machine that can take longer than vitest's 5 s.
describe('long messages: the model reads them sentence by sentence', { timeout: 60_000 }, () => {
  test('sentences: split after . ! ; … followed by a space, after ?, and at line breaks; not inside words', () => {
    expect(normalisedSentences('Haha die les was saai. Ben je alleen thuis? dan bel ik!! ok')).toEqual([
      'haha die les was saai',
      'ben je alleen thuis',
      'dan bel ik',
      'ok',
    ]);
    expect(normalisedSentences('eerste regel\n\ntweede regel')).toEqual(['eerste regel', 'tweede regel']);
    expect(normalisedSentences('hmm… ok dan')).toEqual(['hmm', 'ok dan']);
    // One sentence, dotted letters and decimals: nothing to split.
    expect(normalisedSentences('send n.u.d.e.s')).toHaveLength(1);
    expect(normalisedSentences('het kost 3.50 euro.')).toHaveLength(1);
    expect(normalisedSentences('')).toEqual([]);
    // Question marks in a row, at the start or at the end leave no empty sentences.
    expect(normalisedSentences('? hoi?? ok?. echt?!')).toEqual(['hoi', 'ok', 'echt']);
    expect(normalisedSentences('?!? ...')).toEqual([]);
  });

  test('sentences are the normalised text with sentence ends as `?`, cut at every `?`', () => {
    const pieces = ['hoi', 'Ben je alleen thuis?', 'ok.', 'haha!!', 'wat?!', 'kben er', '🎉', '...', '\n', 'n.u.d.e.s', '3.50', '? ja', 'hmm…', ';'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, (_, k) => pieces[(i * 7 + k * 5) % pieces.length]).join(i % 3 ? ' ' : '');
      const expected = normalise(text.replace(/[.!;\u2026]+(?=\s)|[\r\n]+/g, '?'))
        .split('?')
        .map((piece) => piece.trim())
        .filter((piece) => piece.length > 0);
      expect(normalisedSentences(text)).toEqual(expected);
      // Given the normalised message (as matchText does), the same sentences.
      expect(normalisedSentences(text, normalise(text))).toEqual(expected);
    }
  });

  test('a message the normaliser read on its fast path is cut where normalising the marked text would cut it', () => {
    // Chat the fast path reads whole (ASCII words; spaces, . , ! ? and emoji between them), and
    // now and then what makes it hand over (line breaks, ; … tabs, leet, dotted or single letters).
    const words = ['hoi', 'Ben', 'je', 'ALLEEN', 'thuis', 'k', 'ben', 'kben', "k'zal", 'ok', '14', 'w8', "what's"];
    const between = [' ', ' ', ' ', '. ', '! ', ', ', '? ', '!! ', '... ', ' 🎉 ', '?! ', '!?. ', ' . ', '., '];
    const hard = ['\n', '… ', '; ', '\t', '\u00a0', ' a ', 's3nd', 'n.u.d.e.s', '3.50', 'heyyy', 'wh0', 'hall0', ' x ', '.', '📸', '€5', 'é', 'i.p.v.', 'k!'];
    const rand = prng(9);
    const pick = (xs: readonly string[]) => xs[Math.floor(rand() * xs.length)]!;
    let fast = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = pick(words);
      for (let k = Math.floor(rand() * 14); k > 0; k--) text += (rand() < 0.05 ? pick(hard) : pick(between)) + pick(words);
      if (rand() < 0.3) text += pick(between);
      const expected = normalise(text.replace(/[.!;\u2026]+(?=\s)|[\r\n]+/g, '?'))
        .split('?')
        .map((piece) => piece.trim())
        .filter((piece) => piece.length > 0);
      const normalised = normalise(text);
      if (sentenceEnds(text, normalised) !== undefined) fast++;
      expect([text, normalisedSentences(text, normalised)]).toEqual([text, expected]);
    }
    // Most of these took the fast path, so it is what was compared.
    expect(fast).toBeGreaterThan(10_000);
  });

  test('a message without a sentence end is not normalised twice, and one with them is', () => {
    // The normalised text passed in is used only when there is no sentence end to mark.
    expect(normalisedSentences('ben je alleen thuis? ok dan', 'ALS DIT GEBRUIKT WORDT? X')).toEqual(['ALS DIT GEBRUIKT WORDT', 'X']);
    expect(normalisedSentences('ben je alleen. thuis', 'NIET GEBRUIKT')).toEqual(['ben je alleen', 'thuis']);
  });

  test('a move in the middle of a long message is seen at high, though no rule knows its words', () => {
    const text =
      'Haha die nieuwe skin is echt vet, maar ik snap dat je er geen geld voor hebt met je zakgeld. Weet je wat, ik stuur je vanavond gewoon een giftcard van 25 euro, dan kan je hem toch kopen. Niks terug hoor, gewoon omdat je lief bent';
    expect(normalise(text).length).toBeGreaterThan(MODEL_MAX_LENGTH);
    // The rules alone do not see it …
    expect(matchNormalised(normalise(text)).map((m) => m.category)).not.toContain('gifts_money');
    // … the model, reading the sentence with the gift card, does: a low signal, shown at high only.
    expect(matchText(text)).toContainEqual(expect.objectContaining({ category: 'gifts_money', severity: 'low', rule: 'xx.gifts_money.model' }));
    expect(evaluate([{ from: 'them', text }], 'high').nudges.map((n) => n.category)).toContain('gifts_money');
    expect(evaluate([{ from: 'them', text }], 'standard').nudges.map((n) => n.category)).not.toContain('gifts_money');
  });

  test('long everyday messages stay quiet at standard', () => {
    for (const text of [
      'die toets van duits was echt niet te doen. ik heb volgens mij een 4 gehaald. morgen moeten we ook nog die presentatie doen, heb jij de dia’s al af? anders kom ik na school bij je langs',
      'omg the match yesterday was insane! we won 3-1 and coach said im starting next week. my mom is picking me up at 6 so i cant stay after, but send me the pics from the game pls',
    ]) {
      expect(evaluate([{ from: 'them', text }], 'standard').nudges).toEqual([]);
    }
  });
});

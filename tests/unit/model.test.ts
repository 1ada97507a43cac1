import { describe, expect, test } from 'vitest';
import { loadMessages } from '../../scripts/corpus';
import { messageUnit, samplesOf } from '../../scripts/train-model';
import { matchText, modelTexts, type Match } from '../../src/detector/engine';
import { features, loadModel, MODEL_MAX_LENGTH, parseFeatures, modelCategories, scoreNormalised, tokens, WORD_LENGTH } from '../../src/detector/model';
import { MODEL } from '../../src/detector/model-data';
import { normalise } from '../../src/detector/normalise';
import { normalisedSentences } from '../../src/detector/sentences';
import { Conversation, evaluate } from '../../src/detector/policy';
import { CATEGORIES } from '../../src/detector/types';

const model = loadModel(MODEL);

// Some tests read the whole corpus; on a busy 2-core machine that takes longer than vitest's 5 s.
describe('the learned model (issue 3)', { timeout: 60_000 }, () => {
  test('its checked-in data loads: every category, finite thresholds, a real vocabulary', () => {
    expect(MODEL.categories).toEqual([...CATEGORIES]);
    expect(MODEL.threshold.every(Number.isFinite)).toBe(true);
    // A faint guess needs a lower score than a confident one, never a higher.
    MODEL.faint.forEach((f, c) => expect(f).toBeLessThanOrEqual(MODEL.threshold[c]!));
    expect(model.size).toBeGreaterThan(500);
  });

  test('malformed data is refused rather than silently scoring nothing', () => {
    expect(() => loadModel({ ...MODEL, features: 'hoi=z5' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi=a5,doei' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi\t0:5' })).toThrow();
    // A word longer than the scanner reads could never score: data made for another cut.
    expect(() => loadModel({ ...MODEL, features: `${'a'.repeat(WORD_LENGTH + 1)}=a5` })).toThrow();
    expect(loadModel({ ...MODEL, features: 'hoi=a5b-12,hoi je=c7' }).size).toBe(2);
    // A feature written twice (its weights would not be one run) and a weight out of range.
    expect(() => loadModel({ ...MODEL, features: 'hoi=a5,hoi=b3' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi=a40000' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi=a123456' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi=a' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'hoi=' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: '=a5' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: '# #=a5,#=b2,##=a1' })).toThrow();
    expect(loadModel({ ...MODEL, features: '# #=a5,#=b2,,' }).size).toBe(2);
    // Skip pairs are "a _ b"; endings are SUFFIX and exactly WORD_LENGTH characters.
    expect(loadModel({ ...MODEL, features: 'hoi _ je=c7,~foto=i5' }).size).toBe(3);
    expect(() => loadModel({ ...MODEL, features: 'hoi x je=c7' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: '~fo=i5' })).toThrow();
    expect(() => loadModel({ ...MODEL, features: 'ho~i=i5' })).toThrow();
    expect(() => loadModel({ ...MODEL, categories: ['nope'], bias: [0], threshold: [0] })).toThrow();
    expect(() => loadModel({ ...MODEL, faint: MODEL.faint.slice(1) })).toThrow();
    expect(() => loadModel({ ...MODEL, faint: MODEL.faint.map(() => Number.NaN) })).toThrow();
    expect(() => loadModel({ ...MODEL, faint: MODEL.threshold.map((t) => t + 0.01) })).toThrow();
  });

  test('the fast scorer gives exactly the sum over the trainer\'s features', () => {
    const weights = new Map<string, number[]>();
    for (const [f, list] of parseFeatures(MODEL.features)) {
      const w = new Array<number>(CATEGORIES.length).fill(0);
      for (const [c, v] of list) w[c] = v / 100;
      weights.set(f, w);
    }
    expect(weights.size).toBe(MODEL.features.split(',').length);
    const texts = loadMessages().rows.slice(0, 600).map((m) => normalise(m.text));
    texts.push('', '12 jaar?? 14', 'a b c a b c', 'x\uD800y \uDC00');
    for (const text of texts) {
      const expected = [...MODEL.bias];
      for (const f of features(text)) weights.get(f)?.forEach((v, c) => (expected[c]! += v));
      const got = [...scoreNormalised(text, model)].map((v) => v / 100);
      got.forEach((v, c) => expect(v).toBeCloseTo(expected[c]!, 9));
      // A part read where it stands in a longer text (a sentence) scores as that part alone.
      expect([...scoreNormalised(`ik ben${text}alleen thuis`, model, 6, 6 + text.length)].map((v) => v / 100)).toEqual(got);
    }
    expect(tokens('ben je 14?? ok')).toEqual(['ben', 'je', '#', 'ok']);
    expect(tokens('fotootjes 18jaar')).toEqual(['fotootjes'.slice(0, WORD_LENGTH), '18jaar'.slice(0, WORD_LENGTH)]);
    // Words, pairs, long words' endings, skip pairs; the model data uses all four kinds.
    expect(WORD_LENGTH).toBe(4);
    expect(features('stuur me een naaktfoto')).toEqual(['stuu', 'me', 'een', 'naak', 'stuu me', 'me een', 'een naak', '~foto', 'stuu _ een', 'me _ naak']);
    expect(MODEL.features).toMatch(/(?:^|,)~[a-z0-9]{4}=/);
    expect(MODEL.features).toMatch(/(?:^|,)[a-z0-9#]+ _ [a-z0-9#]+=/);
  });

  test('never throws and is deterministic on odd input', () => {
    for (const text of ['', ' ', '\uD800', 'a\uDFFFb', '🙂'.repeat(3000), 'ab '.repeat(5000)]) {
      const a = modelCategories(normalise(text));
      expect(modelCategories(normalise(text))).toEqual(a);
      expect(() => matchText(text)).not.toThrow();
    }
  });

  test('model signals are low, marked as guesses (rule xx.<category>.model or .model-faint), one per category no rule found', () => {
    let confident = 0;
    let faint = 0;
    for (const m of loadMessages().rows) {
      const matches = matchText(m.text);
      const byRule = new Set(matches.filter((x) => !x.guess).map((x) => x.category));
      const guesses = matches.filter((x) => x.guess);
      for (const x of guesses) {
        expect(x.severity).toBe('low');
        expect(x.rule).toBe(x.faint ? `xx.${x.category}.model-faint` : `xx.${x.category}.model`);
        expect(byRule.has(x.category)).toBe(false);
        if (x.faint) faint++;
        else confident++;
      }
      expect(new Set(guesses.map((x) => x.category)).size).toBe(guesses.length);
    }
    expect(confident).toBeGreaterThan(0);
    expect(faint).toBeGreaterThan(0);
  });

  test('a faint guess reaches the teen at high only: no combination, no raise for a teen under 16', () => {
    const faintGuess = (category: 'photo_request' | 'meeting' | 'secrecy'): Match => ({
      category, stage: 'trust', severity: 'low', rule: `xx.${category}.model-faint`, guess: true, faint: true,
    });
    const rules: Match[] = ['flattery_trust', 'personal_info', 'platform_switch'].map((category) => ({
      category: category as Match['category'], stage: 'trust', severity: 'low', rule: `xx.${category}.rule`,
    }));
    const script: Match[][] = [[rules[0]!], [rules[1]!], [rules[2]!], [faintGuess('photo_request')], [faintGuess('meeting')], [faintGuess('secrecy')]];
    const run = (sensitivity: 'standard' | 'high') => {
      let i = 0;
      const chat = new Conversation(() => script[i++]!);
      chat.add({ from: 'me', text: 'ik ben 13' }, sensitivity);
      return script.map(() => chat.add({ from: 'them', text: 'x' }, sensitivity).nudges.map((n) => n.category));
    };
    // At standard the three mild rule signals make a combination, yet the faint guesses after it stay quiet.
    expect(run('standard')).toEqual([[], [], ['platform_switch'], [], [], []]);
    expect(run('high')).toEqual([['flattery_trust'], ['personal_info'], ['platform_switch'], ['photo_request'], ['meeting'], ['secrecy']]);
  });

  test('on the tuning corpus the model is confident on at most 3% of negatives, and guesses at all on at most 4% of everyday messages', () => {
    const rows = loadMessages().rows.filter((m) => m.kind !== 'positive');
    for (const lang of ['nl', 'en'] as const) {
      const negatives = rows.filter((m) => m.lang === lang);
      const confident = negatives.filter((m) => matchText(m.text).some((x) => x.guess && !x.faint)).length;
      expect(confident / negatives.length).toBeLessThanOrEqual(0.03);
      const everyday = negatives.filter((m) => m.kind === 'ordinary');
      const guessed = everyday.filter((m) => matchText(m.text).some((x) => x.guess)).length;
      expect(guessed / everyday.length).toBeLessThanOrEqual(0.04);
    }
  });

  test('a classmate asking for a photo of the timetable gets no nudge, even at high', () => {
    expect(evaluate([{ from: 'them', text: 'kun je ff een foto van het rooster sturen' }], 'high').nudges).toEqual([]);
    expect(evaluate([{ from: 'them', text: 'can u send a pic of the timetable' }], 'high').nudges).toEqual([]);
  });

  test('a long ordinary paragraph gets no confident model signal, read whole or sentence by sentence', () => {
    const chat = 'heb je het huiswerk al, ik ben zo moe. mijn moeder zegt dat je mag blijven eten. ';
    const paragraph = chat.repeat(4);
    expect(modelCategories(normalise(paragraph))).toEqual([]);
    expect(matchText(paragraph).filter((m) => m.guess && !m.faint)).toEqual([]);
  });

  test('confident model guesses count toward the mild combination at standard; faint ones never do', () => {
    const categories = ['flattery_trust', 'secrecy', 'personal_info'] as const;
    const run = (faint: boolean) => {
      let i = 0;
      const chat = new Conversation(() => {
        const category = categories[i++ % categories.length]!;
        const guess: Match = { category, stage: 'trust', severity: 'low', rule: `xx.${category}.model${faint ? '-faint' : ''}`, guess: true };
        if (faint) guess.faint = true;
        return [guess];
      });
      return categories.map(() => chat.add({ from: 'them', text: 'x' }, 'standard').nudges.map((n) => n.category));
    };
    // Flattery, then secrecy, then age probing: the third mild move in a third category nudges.
    expect(run(false)).toEqual([[], [], ['personal_info']]);
    expect(run(true)).toEqual([[], [], []]);
  });

  test('a word is read by its first letters, so an unseen inflection or a typo at its end scores the same', () => {
    const score = (text: string) => [...scoreNormalised(normalise(text), model)];
    // Words shorter than SUFFIX_MIN: only their first letters count.
    expect(score('stuur je fotos')).toEqual(score('stuur je fotoo'));
    // A longer word also counts by its ending, but its first letters are the same feature.
    expect(features('stuur je fotootjes').slice(0, 3)).toEqual(features('stuur je fotoos').slice(0, 3));
    expect(score('ben je alleeeen thuis')).toEqual(score('ben je alleen thuis'));
  });
});

describe('training reads a message as the model does (issue 3)', { timeout: 60_000 }, () => {
  const chat = 'haha die les was echt saai vandaag. mijn moeder zegt dat je mag blijven eten';
  const long = `${chat}. ben je alleen thuis vanavond? ik heb trouwens die nieuwe game gekocht, echt vet`;
  const alone = CATEGORIES.indexOf('alone_check');

  test('a short message is one text, a long one its sentences, as matchText hands them to the model', () => {
    expect(modelTexts('Ben je ALLEEN thuis?')).toEqual([normalise('Ben je ALLEEN thuis?')]);
    expect(normalise(long).length).toBeGreaterThan(MODEL_MAX_LENGTH);
    expect(modelTexts(long)).toEqual(normalisedSentences(long));
    expect(modelTexts(long).length).toBeGreaterThan(2);
  });

  test('of a long positive only the sentence carrying the move is a positive; its other sentences are no negatives of that category', () => {
    const unit = messageUnit(long, 'nl', alone);
    const samples = samplesOf([unit]);
    const positives = samples.filter((s) => s.label === alone);
    expect(positives.map((s) => s.feats)).toEqual([features(normalise('ben je alleen thuis vanavond'))]);
    const others = samples.filter((s) => s.label !== alone);
    expect(others.length).toBe(modelTexts(long).length - 1);
    for (const s of others) expect(s.masked.has(alone)).toBe(true);
  });

  test('when no rule finds the move in any sentence, the sentence the first model scores highest is the positive', () => {
    const unit = { ...messageUnit(long, 'nl', alone), located: [] };
    // Without a first model, none of its sentences is taught as the move.
    expect(samplesOf([unit]).filter((s) => s.label === alone)).toEqual([]);
    const target = unit.parts[2]!;
    const pick = (feats: string[]) => Float64Array.from(CATEGORIES, (_, c) => (c === alone && feats === target ? 5 : 0));
    expect(samplesOf([unit], pick).filter((s) => s.label === alone).map((s) => s.feats)).toEqual([target]);
  });

  test('a long negative teaches each sentence as a negative', () => {
    const unit = messageUnit(`${chat}. ${chat}`, 'nl', -1);
    const samples = samplesOf([unit]);
    expect(samples.length).toBe(modelTexts(`${chat}. ${chat}`).length);
    expect(samples.every((s) => s.label === -1)).toBe(true);
  });
});

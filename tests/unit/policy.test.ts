import { describe, expect, test } from 'vitest';
import { Conversation, evaluate, passesSensitivity } from '../../src/detector/policy';
import { familyIn, teenAgeIn } from '../../src/detector/context';
import type { Message, RuleDef } from '../../src/detector/types';
import { matchText } from '../../src/detector/engine';

const them = (text: string): Message => ({ from: 'them', text });
const me = (text: string): Message => ({ from: 'me', text });
const categories = (messages: Message[], sensitivity: 'low' | 'standard' | 'high') =>
  evaluate(messages, sensitivity).nudges.map((n) => n.category);

describe('sensitivity', () => {
  test.each([
    ['low', 'low', false],
    ['medium', 'low', false],
    ['high', 'low', true],
    ['low', 'standard', false],
    ['medium', 'standard', true],
    ['high', 'standard', true],
    ['low', 'high', true],
  ] as const)('a %s signal at %s sensitivity: %s', (severity, sensitivity, shown) => {
    expect(passesSensitivity(severity, sensitivity)).toBe(shown);
  });

  test('a medium move nudges at standard and high, not at low', () => {
    const chat = [them('ben je alleen thuis?')];
    expect(categories(chat, 'standard')).toEqual(['alone_check']);
    expect(categories(chat, 'high')).toEqual(['alone_check']);
    expect(categories(chat, 'low')).toEqual([]);
    // The signal is still reported whatever the sensitivity.
    expect(evaluate(chat, 'low').signals.map((s) => s.category)).toEqual(['alone_check']);
  });
});

describe('who is talking', () => {
  test('the teen\'s own messages never raise a signal', () => {
    const result = evaluate([me('ben je alleen thuis?'), me('zijn je ouders thuis?')], 'high');
    expect(result).toEqual({ signals: [], nudges: [] });
  });

  test('reads the age the teen states as context', () => {
    expect(teenAgeIn('ik ben 14')).toBe(14);
    expect(teenAgeIn('im 13 lol')).toBe(13);
    expect(teenAgeIn('15 jaar oud')).toBe(15);
    expect(teenAgeIn('14 jr')).toBe(14);
    expect(teenAgeIn('13')).toBe(13);
    expect(teenAgeIn('ik ben 100% zeker')).toBeUndefined();
    expect(teenAgeIn('ik ben er om 16 uur')).toBeUndefined();
  });

  test.each([
    ['ok mam', 'me', true],
    ['thx mum ❤️', 'me', true],
    ['doei oma!', 'me', true],
    ['papa en ik zijn pas om 8 uur thuis', 'them', true],
    ['home alone? want me to bring over some board games, love grandma', 'them', true],
    ['thank u grandma!! love u too', 'me', true],
    ['hoi oma!', 'me', true],
    ['love you too mum x', 'me', true],
    ['Happy 14th birthday sweetie!!! Grandpa and I love you so much', 'them', true],
    ['opa en ik komen zondag langs', 'them', true],
    ['mum here, are you home alone or is ur brother back yet', 'them', true],
    ['hoi schat, mama hier. ben je al thuis?', 'them', true],
    ["it's dad here, new phone. where r u", 'them', true],
    ["are u home alone? mum here, i'll be back at 7", 'them', true],
    ['ben je al thuis? mama hier, ik sta in de file', 'them', true],
    ['share ur live location when ur walking home pls - mum', 'them', true],
    ['ben je er al? -mam', 'them', true],
    ["Hello darling it's Nan. Are you back from Wales yet?", 'them', true],
    ['hoi lieverd, met oma! ben je al thuis van school?', 'them', true],
    ['this is dad. where r u', 'them', true],
    // Someone mentioning a parent who is near, or a joke with the word, is no parent signing.
    ['is your dad here?', 'them', false],
    ['r u alone rn? mum here?', 'them', false],
    ['mama hier? of ben je alleen', 'them', false],
    ['ik ben er. mama hier? nee he', 'them', false],
    ['my mum here says hi lol', 'them', false],
    ['haha - dad jokes are the worst', 'them', false],
    ["it's mum's birthday tmrw, what r u getting her", 'them', false],
    ['met oma naar de stad geweest, ben je alleen thuis?', 'them', false],
    ["it's dad jokes all the way down", 'them', false],
    // Someone talking about their own parent is not the teen's parent.
    ['my mum and i are going to the mall, wanna come?', 'them', false],
    ['mn mama en ik gaan shoppen', 'them', false],
    ['thank u so much', 'me', false],
    // The teen talking about a parent, or saying who is home, is not talking to one.
    ['i have to ask my mum', 'me', false],
    ['nee mama is thuis', 'me', false],
    ['ja papa', 'me', false],
    ['ok daddy', 'me', false],
    ['ma ik weet het niet', 'me', false],
    // The other side naming the teen's parent is not a parent signing.
    ['zeg niks tegen je mama', 'them', false],
    ['stuur een foto x', 'them', false],
  ] as const)('a chat with a parent or grandparent? %s (from %s): %s', (text, from, family) => {
    expect(familyIn(text, from)).toBe(family);
  });
});

describe('once per conversation', () => {
  test('the same move nudges once, the signals keep counting', () => {
    const result = evaluate([them('ben je alleen?'), them('ben je nu alleen thuis?'), them('is er iemand bij je?')], 'standard');
    expect(result.nudges.map((n) => [n.index, n.category])).toEqual([[0, 'alone_check']]);
    expect(result.signals.length).toBeGreaterThanOrEqual(3);
  });

  test('a new conversation starts fresh', () => {
    const a = new Conversation();
    const b = new Conversation();
    expect(a.add(them('ben je alleen thuis?'), 'standard').nudges).toHaveLength(1);
    expect(a.add(them('ben je alleen thuis?'), 'standard').nudges).toHaveLength(0);
    expect(b.add(them('ben je alleen thuis?'), 'standard').nudges).toHaveLength(1);
  });

  test('a sensitivity change applies to the next message', () => {
    const chat = new Conversation();
    expect(chat.add(them('ben je alleen thuis?'), 'low').nudges).toHaveLength(0);
    expect(chat.add(them('zijn je ouders weg?'), 'standard').nudges).toHaveLength(1);
  });
});

describe('context and combinations (with rules of known severity)', () => {
  // Tiny rule set so these tests pin the policy, not the rule data.
  const rules: RuleDef[] = [
    { id: 'nl.personal_info.t', category: 'personal_info', severity: 'low', note: 'test rule: age probing', patterns: [/\bhoe oud\b/], examples: { match: [], noMatch: [] } },
    { id: 'nl.flattery_trust.t', category: 'flattery_trust', severity: 'low', note: 'test rule: flattery', patterns: [/\bvolwassen\b/], examples: { match: [], noMatch: [] } },
    { id: 'nl.platform_switch.t', category: 'platform_switch', severity: 'low', note: 'test rule: platform', patterns: [/\bsnap\b/], examples: { match: [], noMatch: [] } },
    { id: 'nl.photo_request.t', category: 'photo_request', severity: 'medium', note: 'test rule: photo', patterns: [/\bfoto van je\b/], examples: { match: [], noMatch: [] } },
  ];
  const run = (messages: Message[], sensitivity: 'low' | 'standard' | 'high') => {
    const chat = new Conversation((text) => matchText(text, rules));
    return messages.flatMap((m) => chat.add(m, sensitivity).nudges.map((n) => `${n.category}:${n.severity}`));
  };

  test('mild signals alone stay quiet at standard, together they nudge', () => {
    expect(run([them('hoe oud ben je')], 'standard')).toEqual([]);
    expect(run([them('hoe oud ben je'), them('je bent zo volwassen')], 'standard')).toEqual([]);
    expect(run([them('hoe oud ben je'), them('je bent zo volwassen'), them('heb je snap?')], 'standard')).toEqual([
      'platform_switch:low',
    ]);
    expect(run([them('hoe oud ben je')], 'high')).toEqual(['personal_info:low']);
  });

  test('a teen who said they are under 16 makes a photo request weigh more', () => {
    expect(run([them('stuur een foto van je')], 'low')).toEqual([]);
    expect(run([me('ik ben 14'), them('stuur een foto van je')], 'low')).toEqual(['photo_request:high']);
    expect(run([me('ik ben 17'), them('stuur een foto van je')], 'low')).toEqual([]);
  });

  test('a move that becomes more serious nudges again', () => {
    const chat = new Conversation((text) => matchText(text, rules));
    expect(chat.add(them('stuur een foto van je'), 'standard').nudges).toHaveLength(1);
    expect(chat.add(them('stuur een foto van je'), 'standard').nudges).toHaveLength(0);
    chat.add(me('ik ben 13'), 'standard');
    expect(chat.add(them('stuur een foto van je'), 'standard').nudges.map((n) => n.severity)).toEqual(['high']);
  });

  test('in a chat with a parent, everyday logistics wait for high; the rest does not', () => {
    const secret: RuleDef = { id: 'nl.secrecy.t', category: 'secrecy', severity: 'medium', note: 'test rule: secret', patterns: [/\bgeheimpje\b/], examples: { match: [], noMatch: [] } };
    const withSecret = [...rules, secret];
    const runWith = (messages: Message[], sensitivity: 'standard' | 'high') => {
      const chat = new Conversation((text) => matchText(text, withSecret));
      return messages.flatMap((m) => chat.add(m, sensitivity).nudges.map((n) => n.category));
    };
    // Signed by mum in the message itself.
    expect(runWith([them('stuur een foto van je als je bij oma bent x mam')], 'standard')).toEqual([]);
    expect(runWith([them('stuur een foto van je als je bij oma bent x mam')], 'high')).toEqual(['photo_request']);
    // The teen answering "ok mam" earlier in the chat.
    expect(runWith([me('ok mam'), them('stuur een foto van je')], 'standard')).toEqual([]);
    // Secrecy is never softened, not even by a parent.
    expect(runWith([me('ok mam'), them('dit is ons geheimpje')], 'standard')).toEqual(['secrecy']);
    // A teen who says who is home gives no family context.
    expect(runWith([me('nee mama is thuis'), them('stuur een foto van je')], 'standard')).toEqual(['photo_request']);
  });

  test('in a chat with a parent, everyday questions do not add up to a nudge at standard', () => {
    const mild = [them('hoe oud ben je'), them('je bent zo volwassen'), them('heb je snap?')];
    // Age, flattery and a platform: three mild categories nudge in any other chat…
    expect(run(mild, 'standard')).toEqual(['platform_switch:low']);
    // …but from a grandparent the age question is everyday: two categories are left, no nudge.
    expect(run([me('hoi oma!'), ...mild], 'standard')).toEqual([]);
    expect(run([me('hoi oma!'), ...mild], 'high')).toEqual(['personal_info:low', 'flattery_trust:low', 'platform_switch:low']);
  });
});

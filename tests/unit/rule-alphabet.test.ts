import { describe, expect, test } from 'vitest';
import { parseRegExp, type Node } from '../../src/detector/prefilter/parse-regexp';
import { ALL_RULES } from '../../src/detector/rules';
import { normalise } from '../../src/detector/normalise';

/**
 * Rules run on normalised text (src/detector/normalise.ts): lower-case letters without accents,
 * digits, single spaces, and only `?`, `'`, `/` and `@` as punctuation. A spelling in a pattern
 * that holds any other character (an emoji, "één", "t-shirt", "18+", "u & me", a sign-off "- mum")
 * can never match, so the move or the everyday reason it was written for is silently missed.
 */
const ASCII_KEPT = /^[a-z0-9 ?'/@]$/;
/** Can `c` occur in normalised text? Letters of other scripts pass through lower-cased, marks removed. */
function canOccur(c: string): boolean {
  if (ASCII_KEPT.test(c)) return true;
  if (c.charCodeAt(0) < 0x80) return false;
  return /\p{L}/u.test(c) && c === c.toLowerCase() && c.normalize('NFKD') === c;
}

/** The spellings in `node` that can never match normalised text; returns whether `node` can match at all. */
function deadSpellings(node: Node, dead: string[]): boolean {
  switch (node.t) {
    case 'set': {
      const live = node.strings.filter((s) => [...s].every(canOccur));
      for (const s of node.strings) if (!live.includes(s)) dead.push(JSON.stringify(s));
      return live.length > 0;
    }
    case 'char': {
      if (node.chars === null) return true;
      const live = node.chars.some(canOccur);
      if (!live) dead.push(`[${node.chars.join('')}]`);
      return live;
    }
    case 'seq':
      return node.items.map((item) => deadSpellings(item, dead)).every(Boolean);
    case 'alt':
      return node.items.map((item) => deadSpellings(item, dead)).some(Boolean);
    case 'rep':
      return deadSpellings(node.item, dead) || node.min === 0;
    default:
      return true;
  }
}

describe('rule patterns only spell what normalised text can hold', () => {
  test('the check itself: the alphabet is that of normalise()', () => {
    for (const c of ['-', '&', '+', ',', '.', '😏', 'é', 'A']) expect([c, normalise(`a${c}b`).includes(c)]).toEqual([c, false]);
    for (const c of ['?', "'", '/', 'q', '7']) expect([c, canOccur(c)]).toEqual([c, true]);
    const dead: string[] = [];
    expect(deadSpellings(parseRegExp('\\b(?:één|een) (?:t-shirt|shirt)\\b', ''), dead)).toBe(true);
    expect(dead).toEqual(['"één"', '"t-shirt"']);
  });

  const cases = ALL_RULES.flatMap((rule) =>
    [...rule.patterns.map((p, i) => [`${rule.id} patterns[${i}]`, p] as const), ...(rule.unless ?? []).map((p, i) => [`${rule.id} unless[${i}]`, p] as const)],
  );
  test.each(cases)('%s', (_where, pattern) => {
    const dead: string[] = [];
    const live = deadSpellings(parseRegExp(pattern.source, pattern.flags), dead);
    expect({ live, dead }).toEqual({ live: true, dead: [] });
  });
});

import { describe, expect, test } from 'vitest';
import { RULES_BY_LANGUAGE } from '../../src/detector/rules';
import { check, describeSafePatterns, PER_PATTERN_MS } from './redos';

describe('the check itself', () => {
  // If these pass as safe, the second opinions in check() (redos.ts) have made the check blind.
  test.each([
    ['nested quantifier', /(?:a+)+$/],
    ['trailing whitespace', /\s+$/],
    ['unbounded gap between words', /\bje\b[^.?!]*\balleen\b/],
    ['two unbounded gaps', /\bstuur\b.*\bfoto\b.*\bnu\b/],
  ])('flags %s', (_name, p) => {
    expect(check(p.source, p.flags).status).not.toBe('safe');
  }, PER_PATTERN_MS);

  test.each([
    ['bounded gap', /\bje\b.{0,40}\balleen\b/],
    ['bounded word gap', /\bstuur (?:\w{1,20} ){0,3}foto\b/],
  ])('accepts %s', (_name, p) => {
    expect(check(p.source, p.flags).status).toBe('safe');
  }, PER_PATTERN_MS);
});

describeSafePatterns('nl', RULES_BY_LANGUAGE.nl);

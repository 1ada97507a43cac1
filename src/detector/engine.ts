import { STAGE_OF } from './categories';
import { normalise } from './normalise';
import { ALL_RULES } from './rules';
import type { Category, RuleDef, Severity, Stage } from './types';

/** A rule that fired on one message, before the conversation policy looks at it. */
export interface Match {
  category: Category;
  stage: Stage;
  severity: Severity;
  rule: string;
}

/** Longest text we look at; a chat message longer than this is read by its first part only. */
export const MAX_TEXT_LENGTH = 4000;

/**
 * Every rule that fires on `text`. Rules of all languages run on every message, because
 * Dutch teens mix Dutch and English in one sentence.
 */
export function matchText(text: string, rules: readonly RuleDef[] = ALL_RULES): Match[] {
  const normalised = normalise(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text);
  return matchNormalised(normalised, rules);
}

export function matchNormalised(normalised: string, rules: readonly RuleDef[] = ALL_RULES): Match[] {
  const found: Match[] = [];
  if (normalised.length === 0) return found;
  for (const rule of rules) {
    if (!rule.patterns.some((pattern) => pattern.test(normalised))) continue;
    if (rule.unless?.some((pattern) => pattern.test(normalised))) continue;
    found.push({
      category: rule.category,
      stage: STAGE_OF[rule.category],
      severity: rule.severity,
      rule: rule.id,
    });
  }
  return found;
}

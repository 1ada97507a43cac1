import { InContext } from '../in-context';
import type { RuleDef } from '../types';

/**
 * Friends ask "ben je alleen thuis?" or "zullen we afspreken?" too, and then they usually say
 * why ("…dan kom ik langs met snoep", "…my mom ordered pizza"). For the rules named in `twins`,
 * a message matching `everyday` (an everyday reason; a twin may bring its own, e.g. for meetings:
 * no sign of a stranger) is
 * vetoed at the rule's own severity and comes back from a low "<id>-everyday" twin with the same
 * patterns: still a signal at `high` and in combinations, but no nudge on its own at `standard`.
 * The twin fires only when `everyday` matches, so one message never gives both.
 */
export function withEverydayTwins(
  rules: RuleDef[],
  everyday: RegExp,
  twins: Record<string, { match: string[]; noMatch: string[]; everyday?: RegExp }>,
): RuleDef[] {
  return rules.flatMap((rule) => {
    const twin = twins[rule.id];
    if (twin === undefined) return [rule];
    const { everyday: own, ...examples } = twin;
    return [
      { ...rule, unless: [...(rule.unless ?? []), own ?? everyday] },
      {
        ...rule,
        patterns: rule.patterns.map((p) => new InContext(p, own ?? everyday)),
        id: `${rule.id}-everyday`,
        severity: 'low' as const,
        note: `Low twin of ${rule.id}: the same move with an everyday reason or context, as friends write it.`,
        examples,
      },
    ];
  });
}

/** `pattern` counts only where `context` matches the same text too (both parts of a move). */
export function inContext(pattern: RegExp, context: RegExp): RegExp {
  return new InContext(pattern, context);
}

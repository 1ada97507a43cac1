/**
 * A pattern that matches where `pattern` matches and `context` matches the same text too. Its
 * source and flags are `pattern`'s, so the prefilter's literal analysis and the ReDoS check see
 * the real pattern. The engine knows this class (prefilter/expressions.ts): it tests the
 * pattern through the prefilter's clauses like any plain one, and the context once per message,
 * however many patterns and rules share it (rules/shared.ts `withEverydayTwins`).
 */
export class InContext extends RegExp {
  constructor(
    pattern: RegExp,
    readonly context: RegExp,
  ) {
    super(pattern.source, pattern.flags);
  }

  override test(text: string): boolean {
    // The context first: it is usually a plain word list, cheaper than the pattern, and most
    // messages lack it (the same answer either way: both must match).
    return this.context.test(text) && super.test(text);
  }
}

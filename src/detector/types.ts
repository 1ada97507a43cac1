/** The thirteen moves Heads Up recognises (../shared/DESIGN.md section 1). Ids are fixed. */
export const CATEGORIES = [
  'personal_info',
  'flattery_trust',
  'gifts_money',
  'isolation',
  'alone_check',
  'secrecy',
  'platform_switch',
  'sexual_content',
  'photo_request',
  'meeting',
  'threat_sextortion',
  'location_control',
  'account_control',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Winters et al. / Elliot stages the categories belong to. */
export type Stage =
  | 'selection'
  | 'trust'
  | 'isolation'
  | 'desensitisation'
  | 'exploitation'
  | 'maintenance';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SENSITIVITIES = ['low', 'standard', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who wrote a message: the other person, or the teen using Heads Up. */
export type Sender = 'them' | 'me';

export interface Message {
  from: Sender;
  text: string;
}

/**
 * One detection rule. Rules are data: one file per language and category under
 * `rules/<lang>/<category>.ts`. Patterns run against the *normalised* text (see normalise.ts),
 * never with the `g` or `y` flag, and must run in linear time.
 */
export interface RuleDef {
  /** `<lang>.<category>.<kebab-name>`, unique across all rules. */
  id: string;
  category: Category;
  severity: Severity;
  /** The tactic this catches and, where known, its source. For developers, never shown. */
  note: string;
  /** The rule fires when any pattern matches… */
  patterns: RegExp[];
  /** …and none of these does (lookalikes such as "foto van het rooster"). */
  unless?: RegExp[];
  /** Raw chat text as a teen or the other person would type it (before normalisation). */
  examples: { match: string[]; noMatch: string[] };
}

/** One recognised pattern in one message. */
export interface Signal {
  index: number;
  category: Category;
  stage: Stage;
  severity: Severity;
  rule: string;
}

/** What the extension would show. */
export interface Nudge {
  index: number;
  category: Category;
  stage: Stage;
  severity: Severity;
}

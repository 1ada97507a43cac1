import { STAGE_OF } from './categories';
import { MODEL_MAX_LENGTH, modelCategoryIndex, modelGuesses, modelScores, prepareModel } from './model';
import { normalise } from './normalise';
import { prefilterFor, preparePrefilter } from './prefilter';
import { normalisedSentences } from './sentences';
import { ALL_RULES } from './rules';
import type { Category, RuleDef, Severity, Stage } from './types';
import { testWarm } from './warm';

/** A rule that fired on one message, before the conversation policy looks at it. */
export interface Match {
  category: Category;
  stage: Stage;
  severity: Severity;
  rule: string;
  /** Set on the learned model's signals (rule `xx.<category>.model`): a guess, not a pattern. */
  guess?: true;
  /** Set on a faint guess of the model (rule `xx.<category>.model-faint`): shown at `high` only. */
  faint?: true;
  /** Set on a medium rule signal whose category the learned model finds very unlikely here (markDoubts). */
  doubt?: true;
}

/** Longest text we look at; a chat message longer than this is read by its first part only. */
export const MAX_TEXT_LENGTH = 4000;

/**
 * Prepares the rules for matching in a slice of about `budgetMs`; call again (e.g. from idle
 * time, before the first message) until it returns true. Optional: without it the first
 * message pays for the preparation (the prefilter's build, then the learned model's tables).
 */
export function prepareRules(budgetMs = 8, rules: readonly RuleDef[] = ALL_RULES): boolean {
  if (!preparePrefilter(rules, budgetMs)) return false;
  if (rules !== ALL_RULES || modelStage === 2) return true;
  // Then the learned model's tables (about 10 ms to load), in a slice of their own.
  if (modelStage++ === 0) return false;
  prepareModel();
  return true;
}
/** 0: the model's tables wait for the prefilter; 1: they load in the next slice; 2: loaded. */
let modelStage = 0;

/**
 * Every rule that fires on `text`. Rules of all languages run on every message, because
 * Dutch teens mix Dutch and English in one sentence. With the full rule set, the learned model
 * (model.ts) then adds a `low` signal `xx.<category>.model` for each category it is confident
 * about and no rule found, or `xx.<category>.model-faint` (`faint`, shown at `high` only) for
 * one it finds likely but is less sure of. The model reads a message of up to MODEL_MAX_LENGTH characters whole
 * and a longer one sentence by sentence (sentences.ts), so that a move in the middle of small
 * talk is still seen.
 */
export function matchText(text: string, rules: readonly RuleDef[] = ALL_RULES): Match[] {
  const raw = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const normalised = normalise(raw);
  const found = matchNormalised(normalised, rules);
  // The learned model (model.ts, issue 3): a `low` signal for a category no rule found. Only with
  // the full rule set it was trained beside; matchNormalised stays exactly the rules' result.
  if (rules === ALL_RULES) {
    const sentences = normalised.length > MODEL_MAX_LENGTH ? normalisedSentences(raw, normalised) : undefined;
    if (sentences === undefined) addGuesses(found, normalised);
    else for (const sentence of sentences) addGuesses(found, sentence);
    if (found.some(doubtable)) markDoubts(found, sentences ?? [normalised]);
  }
  return found;
}

/**
 * Below this score (a logit in hundredths: a chance under about 5%) the learned model doubts a
 * medium rule signal. Chosen on fresh batches the model had not been trained on (t10, t11): it
 * keeps about 97% of the medium signals of real moves and drops about a fifth of those on
 * lookalikes.
 */
export const DOUBT_BELOW = -300;

/** A medium rule signal: the only kind the model may doubt. */
function doubtable(m: Match): boolean {
  return m.severity === 'medium' && m.guess !== true;
}

/**
 * Marks each medium rule signal `doubt` when the learned model, trained on the moves and on
 * thousands of everyday lookalikes, scores its category below DOUBT_BELOW in every part of the
 * message it reads (`parts`, as for its guesses). The policy then treats it as a mild signal: it
 * still counts at `high` and toward a combination. Each part is scored once.
 */
function markDoubts(found: Match[], parts: readonly string[]): void {
  const best = found.map(() => -Infinity);
  for (const part of parts) {
    const scores = modelScores(part);
    if (scores === undefined) continue;
    for (let i = 0; i < found.length; i++) {
      if (doubtable(found[i]!)) best[i] = Math.max(best[i]!, scores[modelCategoryIndex(found[i]!.category)]!);
    }
  }
  for (let i = 0; i < found.length; i++) {
    // -Infinity: no part was short enough for the model to read, so it has no opinion.
    if (doubtable(found[i]!) && best[i]! > -Infinity && best[i]! < DOUBT_BELOW) found[i]!.doubt = true;
  }
}

/**
 * The texts the model reads in `text`, as matchText hands them to it (for the trainer and tests;
 * matchText itself reads them without building this array): the normalised message when it is
 * at most MODEL_MAX_LENGTH characters, else its sentences (a sentence still too long is never
 * read: modelCategories returns nothing for it).
 */
export function modelTexts(text: string): string[] {
  const raw = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const whole = normalise(raw);
  if (whole.length <= MODEL_MAX_LENGTH) return whole.length > 0 ? [whole] : [];
  return normalisedSentences(raw, whole).filter((s) => s.length <= MODEL_MAX_LENGTH);
}

/**
 * Adds the model's `low` signal for each category it guesses in `text` and `found` lacks; a faint
 * guess is replaced by a confident one of the same category from another sentence.
 */
function addGuesses(found: Match[], text: string): void {
  for (const { category, faint } of modelGuesses(text)) {
    const i = found.findIndex((m) => m.category === category);
    if (i >= 0 && !(found[i]!.faint === true && !faint)) continue;
    const guess: Match = faint
      ? { category, stage: STAGE_OF[category], severity: 'low', rule: `xx.${category}.model-faint`, guess: true, faint: true }
      : { category, stage: STAGE_OF[category], severity: 'low', rule: `xx.${category}.model`, guess: true };
    if (i >= 0) found[i] = guess;
    else found.push(guess);
  }
}

/**
 * Every rule that fires on already normalised text. The result is exactly that of testing every
 * pattern of every rule, in rule order: a rule fires when one of its patterns matches and none of
 * its `unless` patterns does. The prefilter (prefilter.ts) first finds, in one pass over the
 * text, which patterns can match at all (their required literals occur, where a match could
 * hold them) and lists their rules; only those are tested, through the prefilter's test().
 * `unless` patterns run, as before, only for a rule that fired, each at most once per message
 * however many rules share it (the prefilter's side()); likewise an InContext pattern's context.
 * Rule sets must not be changed in place after their first use (the prefilter is cached per array).
 */
export function matchNormalised(normalised: string, rules: readonly RuleDef[] = ALL_RULES): Match[] {
  const found: Match[] = [];
  if (normalised.length === 0) return found;
  const pf = prefilterFor(rules);
  const count = pf.scan(normalised);
  const { candidates, patternMark, alwaysPattern, patternBase, epoch, unlessStart, unlessSide } = pf;
  for (let k = 0; k < count; k++) {
    const r = candidates[k]!;
    const rule = rules[r]!;
    const patterns = rule.patterns;
    const base = patternBase[r]!;
    let fired = false;
    for (let i = 0; i < patterns.length; i++) {
      const p = base + i;
      if (patternMark[p] === epoch ? pf.test(p, normalised) : alwaysPattern[p] === 1 && testWarm(patterns[i]!, normalised)) {
        fired = true;
        break;
      }
    }
    if (!fired) continue;
    let vetoed = false;
    for (let j = unlessStart[r]!, end = unlessStart[r + 1]!; j < end; j++) {
      if (pf.side(unlessSide[j]!, normalised)) {
        vetoed = true;
        break;
      }
    }
    if (vetoed) continue;
    found.push({
      category: rule.category,
      stage: STAGE_OF[rule.category],
      severity: rule.severity,
      rule: rule.id,
    });
  }
  return found;
}

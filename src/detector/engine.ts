import { STAGE_OF } from './categories';
import { MODEL_MAX_LENGTH, modelCategoryAt, modelCategoryIndex, prepareModel, readPart } from './model';
import { normalise } from './normalise';
import { prefilterFor, preparePrefilter } from './prefilter';
import { normalisedSentences, sentenceSpans } from './sentences';
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
  /** Set on a medium rule signal whose category the learned model finds very unlikely here (readByModel). */
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
 * one it finds likely but is less sure of. The model reads a message of up to MODEL_MAX_LENGTH
 * characters whole and a longer one sentence by sentence (sentences.ts), so that a move in the
 * middle of small talk is still seen.
 */
export function matchText(text: string, rules: readonly RuleDef[] = ALL_RULES): Match[] {
  const raw = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const normalised = normalise(raw);
  const found = matchNormalised(normalised, rules);
  // The learned model (model.ts, issue 3): a `low` signal for a category no rule found. Only with
  // the full rule set it was trained beside; matchNormalised stays exactly the rules' result.
  if (rules === ALL_RULES) addModelSignals(found, raw, normalised);
  return found;
}

/**
 * The learned model's part of matchText (exported for the bench): `found` holds the rules'
 * matches on `raw` (at most MAX_TEXT_LENGTH characters), `normalised` is normalise(raw). The model
 * reads a message of up to MODEL_MAX_LENGTH characters whole, a longer one sentence by sentence.
 */
export function addModelSignals(found: Match[], raw: string, normalised: string): void {
  if (normalised.length <= MODEL_MAX_LENGTH) {
    wholeBounds[1] = normalised.length;
    readByModel(found, normalised, wholeBounds, 1);
  } else {
    const { text, bounds, count } = sentenceSpans(raw, normalised);
    readByModel(found, text, bounds, count);
  }
}

/** The bounds of a short message's one part, all of it (reused). */
const wholeBounds = new Int32Array(2);

/**
 * Below this score (a logit in hundredths: a chance under about 18%) the learned model doubts a
 * medium rule signal. −300 (a chance under 5%) until session 11, then −200: measured on fresh batch
 * t15 before the model or the rules had seen it, its false nudges at `standard` went from 48 to 41
 * of 1,156 everyday messages, its moves nudged at `standard` on their own from 384 to 372 of 981
 * (a doubted move still counts at `high` and in a combination). −150 since session 15, measured on
 * the lookalike-heavy batches t24 and t25 before they joined the corpus: false nudges 40 → 37 of
 * 1,877 everyday messages, moves nudged at `standard` on their own 635 → 627 of 1,251, grooming
 * conversations nudged in time 36/40 as before, ordinary ones nudged 13 of 48 as before. −100 gave
 * 36 false nudges but 620 moves, and doubted 7.6% of the tuning corpus's medium moves, plain ones
 * among them ("this stays between u and me"), against 4.5% at −150 and 2.7% at −200.
 */
export const DOUBT_BELOW = -150;

/**
 * Sexual talk, photo requests and meetings, where one message can be the moment that matters, need
 * the model surer before it doubts them: a chance under about 12%. −300 (under 5%) until session
 * 16; −200 measured on the lookalike-heavy batch t27 before it joined the corpus: false nudges at
 * `standard` 22 → 17 of 899 everyday messages, moves nudged at `standard` on their own 294 → 292 of
 * 606, grooming conversations in time 18/20 as before, ordinary ones nudged 1 → 0 of 24; the tuning
 * corpus's 291 grooming conversations all stayed in time. (On t24 and t25 in session 15: 37 → 32
 * false nudges, 627 → 626 moves.) −250 gave 21 false nudges on t27; −100 for the other categories
 * with −200 here gave the same 17 for 3 fewer moves.
 */
export const DOUBT_BELOW_SEVERE = -200;

/**
 * Threats stay at −300 (a chance under 5%): at −200 a tuning conversation that opens with a veiled
 * threat ("kijk eens goed naar deze screenshot. herken je jezelf?") was nudged late, at −100 two
 * messages late.
 */
export const DOUBT_BELOW_THREAT = -300;

const SEVERE: ReadonlySet<Category> = new Set(['sexual_content', 'photo_request', 'meeting']);

/** The score below which the model doubts a medium rule signal of `category`. */
export function doubtBelow(category: Category): number {
  if (category === 'threat_sextortion') return DOUBT_BELOW_THREAT;
  return SEVERE.has(category) ? DOUBT_BELOW_SEVERE : DOUBT_BELOW;
}

/**
 * The learned model reads each part of the message once (`text[bounds[2k], bounds[2k + 1])` for
 * k < count: the whole normalised message, or its sentences) and from that one reading
 *  - adds its `low` signal for each category it is confident about, or guesses faintly, and
 *    `found` lacks (a guess; a faint one gives way to a confident one from another part);
 *  - marks each medium rule signal `doubt` when the model scores its category below
 *    doubtBelow(category) in every part it reads (trained on the moves and on thousands of
 *    everyday lookalikes). The policy then treats it as a mild signal: it still counts at `high`
 *    and toward a combination.
 */
function readByModel(found: Match[], text: string, bounds: Int32Array, count: number): void {
  // The rule signals' own entries (guesses are added after them and are never doubted).
  const signals = found.length;
  // Per medium rule signal: its category's index in the model's scores, and its best score.
  let doubtAt: Int32Array | undefined;
  let best: Float64Array | undefined;
  for (let i = 0; i < signals; i++) {
    if (found[i]!.severity !== 'medium') continue;
    if (doubtAt === undefined) {
      doubtAt = new Int32Array(signals).fill(-1);
      best = new Float64Array(signals).fill(-Infinity);
    }
    doubtAt[i] = modelCategoryIndex(found[i]!.category);
  }
  for (let k = 0; k < count; k++) {
    const read = readPart(text, bounds[2 * k]!, bounds[2 * k + 1]!);
    if (read === undefined) continue;
    if ((read.confident | read.faint) !== 0) addGuesses(found, read.confident, read.faint);
    if (doubtAt === undefined) continue;
    for (let i = 0; i < signals; i++) {
      const c = doubtAt[i]!;
      if (c >= 0 && read.scores[c]! > best![i]!) best![i] = read.scores[c]!;
    }
  }
  if (doubtAt === undefined) return;
  for (let i = 0; i < signals; i++) {
    // -Infinity: no part was short enough for the model to read, so it has no opinion.
    if (doubtAt[i]! < 0 || best![i]! === -Infinity) continue;
    if (best![i]! < doubtBelow(found[i]!.category)) found[i]!.doubt = true;
  }
}

/**
 * Adds the model's `low` signal for each category in `confident` or `faint` (bits of the model's
 * category index) that `found` lacks; a confident guess replaces a faint one of its category.
 */
function addGuesses(found: Match[], confident: number, faint: number): void {
  const guessed = confident | faint;
  for (let c = 0; guessed >>> c !== 0; c++) {
    if ((guessed & (1 << c)) === 0) continue;
    const category = modelCategoryAt(c);
    const isFaint = (faint & (1 << c)) !== 0;
    let at = -1;
    for (let i = 0; i < found.length && at < 0; i++) if (found[i]!.category === category) at = i;
    if (at >= 0 && (isFaint || found[at]!.faint !== true)) continue;
    const guess: Match = { category, stage: STAGE_OF[category], severity: 'low', rule: `xx.${category}.model${isFaint ? '-faint' : ''}`, guess: true };
    if (isFaint) guess.faint = true;
    if (at >= 0) found[at] = guess;
    else found.push(guess);
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
 * Every rule that fires on already normalised text. The result is exactly that of testing every
 * pattern of every rule, in rule order: a rule fires when one of its patterns matches and none of
 * its `unless` patterns does. The prefilter (prefilter/) first finds, in one pass over the
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

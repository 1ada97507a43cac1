/**
 * `npm run eval [-- --strict]`: measures the detector on the labelled corpus in tests/corpus/.
 *
 * - Recall per category and language at `high`: a positive is caught when
 *   evaluate([{from: 'them', text}], 'high').nudges contains its category.
 * - False nudges at `standard`: a negative (ordinary or lookalike) from `them` that produces any
 *   nudge on its own. Also shown, without a target: how many negatives nudge at `high`.
 * - Grooming conversations at `standard`: how many messages from `them` until the first nudge, and
 *   whether it came no later than the first photo request, meeting request or threat.
 *
 * The same single-message table is then printed for each held-out set (tests/corpus/holdout*.jsonl),
 * and the same conversation table for each held-out conversation set
 * (tests/corpus/holdout-conversations*.jsonl), all written independently of the rules and the tuning
 * corpus; their FAILs count for --strict too. No held-out text is printed.
 *
 * It is a report: exit code 0 whatever the numbers, unless --strict is given (then 1 on any FAIL).
 * `--tuning-only` leaves the held-out sets out entirely: use it while writing rules, so their
 * figures stay an honest measurement instead of a target.
 *
 * `--file PATH` (repeatable) measures those files instead of the corpus, with the same tables: a
 * fresh batch of messages or conversations in the corpus's shape, before anything is tuned on it.
 * Whether a file holds messages or conversations is read from its first line. Their texts are not
 * printed unless `--list` is given too (then its missed moves and false nudges, or the nudged
 * messages of its ordinary conversations): never list a held-out set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchText } from '../src/detector/engine';
import { evaluate } from '../src/detector/policy';
import { CATEGORIES, LANGUAGES, type Category, type Language } from '../src/detector/types';
import {
  DEADLINE_CATEGORIES,
  holdoutConversationFiles,
  holdoutFiles,
  loadConversations,
  loadHoldout,
  loadMessages,
  type CorpusConversation,
  type CorpusMessage,
} from './corpus';

const RECALL_TARGET = 0.95;
const FALSE_NUDGE_TARGET = 0.01;

const USAGE = 'usage: npm run eval [-- --strict] [-- --tuning-only] [-- --file PATH ... [--list]]';
const args = process.argv.slice(2);
let strict = false;
let tuningOnly = false;
let list = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--strict') strict = true;
  else if (arg === '--tuning-only') tuningOnly = true;
  else if (arg === '--list') list = true;
  else if (arg === '--file' && args[i + 1] !== undefined) files.push(resolve(args[++i]!));
  else {
    process.stderr.write(`eval: ${arg === '--file' ? '--file needs a path' : `unknown argument ${arg}`}\n${USAGE}\n`);
    process.exit(2);
  }
}
if (list && files.length === 0) {
  process.stderr.write(`eval: --list only goes with --file (the corpus's own lists are always printed)\n${USAGE}\n`);
  process.exit(2);
}
const missingFile = files.find((f) => !existsSync(f));
if (missingFile !== undefined) {
  process.stderr.write(`eval: no such file ${missingFile}\n`);
  process.exit(2);
}

let failures = 0;
function verdict(ok: boolean): string {
  if (!ok) failures++;
  return ok ? 'PASS' : 'FAIL';
}
const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

const nudgesAt = (text: string, sensitivity: 'high' | 'standard') =>
  evaluate([{ from: 'them', text }], sensitivity).nudges.map((n) => n.category);
const rulesOn = (text: string) => matchText(text).map((m) => m.rule);

// ---- single messages ----
interface Tally {
  positives: number;
  caughtHigh: number;
  caughtStandard: number;
  falseNudges: number;
}
const key = (lang: Language, category: Category) => `${lang}:${category}`;

/** Prints the per-category/language table and the totals for one set of labelled messages. */
function messageTable(title: string, rows: CorpusMessage[]) {
  const tally = new Map<string, Tally>();
  for (const lang of LANGUAGES) for (const c of CATEGORIES) tally.set(key(lang, c), { positives: 0, caughtHigh: 0, caughtStandard: 0, falseNudges: 0 });

  const missed: CorpusMessage[] = [];
  const falseNudges: { message: CorpusMessage; categories: Category[] }[] = [];
  const negatives: Record<Language, number> = { nl: 0, en: 0 };
  const falseNudged: Record<Language, number> = { nl: 0, en: 0 };
  let nudgedAtHigh = 0;

  for (const m of rows) {
    if (m.label !== 'none') {
      const t = tally.get(key(m.lang, m.label))!;
      t.positives++;
      if (nudgesAt(m.text, 'high').includes(m.label)) t.caughtHigh++;
      else missed.push(m);
      if (nudgesAt(m.text, 'standard').includes(m.label)) t.caughtStandard++;
      continue;
    }
    negatives[m.lang]++;
    if (nudgesAt(m.text, 'high').length > 0) nudgedAtHigh++;
    const nudged = nudgesAt(m.text, 'standard');
    if (nudged.length === 0) continue;
    falseNudged[m.lang]++;
    falseNudges.push({ message: m, categories: nudged });
    // Charge the false nudge to each category it raised, so rule writers see where it comes from.
    for (const c of new Set(nudged)) tally.get(key(m.lang, c))!.falseNudges++;
  }

  const W = [24, 4, 5, 11, 4, 11, 12];
  console.log(`${title}\n`);
  console.log(row(['lang category', 'pos', 'caught', 'recall@high', '', 'recall@std', 'false nudges'], W));
  console.log('-'.repeat(W.reduce((a, b) => a + b + 2, 0)));
  for (const lang of LANGUAGES) {
    for (const c of CATEGORIES) {
      const t = tally.get(key(lang, c))!;
      const recall = t.caughtHigh / t.positives;
      console.log(
        row([`${lang} ${c}`, t.positives, t.caughtHigh, pct(recall), t.positives === 0 ? '' : verdict(recall >= RECALL_TARGET), pct(t.caughtStandard / t.positives), t.falseNudges], W),
      );
    }
    const ts = CATEGORIES.map((c) => tally.get(key(lang, c))!);
    const pos = ts.reduce((a, t) => a + t.positives, 0);
    const caught = ts.reduce((a, t) => a + t.caughtHigh, 0);
    const std = ts.reduce((a, t) => a + t.caughtStandard, 0);
    console.log(row([`${lang} all categories`, pos, caught, pct(caught / pos), '', pct(std / pos), falseNudged[lang]], W));
    console.log('');
  }

  const allPos = [...tally.values()].reduce((a, t) => a + t.positives, 0);
  const allCaught = [...tally.values()].reduce((a, t) => a + t.caughtHigh, 0);
  console.log(`total positives       ${allPos}, caught at high ${allCaught} (${pct(allCaught / allPos).trim()}; target ≥ ${RECALL_TARGET * 100}% in every category)`);
  for (const lang of LANGUAGES) {
    const rate = falseNudged[lang] / negatives[lang];
    console.log(`${lang} negatives          ${negatives[lang]}, false nudges at standard ${falseNudged[lang]} (${pct(rate).trim()})  ${negatives[lang] === 0 ? '' : verdict(rate <= FALSE_NUDGE_TARGET)}`);
  }
  const allNeg = negatives.nl + negatives.en;
  const allFalse = falseNudged.nl + falseNudged.en;
  console.log(
    `total negatives       ${allNeg}, false nudges at standard ${allFalse} (${pct(allFalse / allNeg).trim()}; target ≤ ${FALSE_NUDGE_TARGET * 100}%)  ${verdict(allFalse / allNeg <= FALSE_NUDGE_TARGET)}`,
  );
  // No target: `high` is the setting that trades more nudges for catching subtle moves.
  console.log(`                      at high (every signal shown): ${nudgedAtHigh} nudged (${pct(nudgedAtHigh / allNeg).trim()})`);
  return { missed, falseNudges };
}

// ---- conversations ----
/** Prints the grooming and ordinary conversation tables for one set of conversations: ids, counts and categories, and with `listTexts` the nudged messages of ordinary ones. */
function conversationTable(rows: CorpusConversation[], where = '', listTexts = false) {
  console.log(`\nGrooming conversations at standard${where} (first nudge vs first photo request, meeting or threat)\n`);
  const idWidth = Math.max(22, ...rows.map((c) => c.id.length));
  const CW = [idWidth, 5, 18, 16, 10];
  console.log(row(['conversation', 'them', 'first nudge after', 'deadline after', ''], CW));
  let groomingOk = 0;
  let groomingTotal = 0;
  for (const c of rows.filter((c) => c.grooming)) {
    groomingTotal++;
    const { nudges } = evaluate(c.messages, 'standard');
    const themBefore = (index: number) => c.messages.slice(0, index + 1).filter((m) => m.from === 'them').length;
    const first = nudges.length > 0 ? Math.min(...nudges.map((n) => n.index)) : undefined;
    const deadline = c.messages.findIndex((m) => m.label !== undefined && DEADLINE_CATEGORIES.has(m.label));
    const ok = first !== undefined && (deadline === -1 || first <= deadline);
    if (ok) groomingOk++;
    const firstCategories = first === undefined ? '' : ` (${nudges.filter((n) => n.index === first).map((n) => n.category).join(', ')})`;
    console.log(
      row(
        [
          c.id,
          c.messages.filter((m) => m.from === 'them').length,
          first === undefined ? 'never' : `${themBefore(first)} them msgs`,
          deadline === -1 ? '-' : `${themBefore(deadline)} them msgs`,
          verdict(ok),
        ],
        CW,
      ) + firstCategories,
    );
  }
  console.log(`\n${groomingOk}/${groomingTotal} grooming conversations nudged in time  ${groomingOk === groomingTotal ? 'PASS' : 'FAIL'}`);

  console.log(`\nOrdinary conversations at standard${where} (should stay quiet)\n`);
  let falselyNudged = 0;
  for (const c of rows.filter((c) => !c.grooming)) {
    const { nudges } = evaluate(c.messages, 'standard');
    const detail = nudges.map((n) => `#${n.index} ${n.category}`).join(', ');
    if (nudges.length > 0) falselyNudged++;
    console.log(`${c.id.padEnd(idWidth)}  ${String(nudges.length).padStart(2)} nudges  ${nudges.length === 0 ? 'ok' : `(${detail})`}`);
    if (!listTexts) continue;
    for (const n of nudges) console.log(`    #${n.index} ${JSON.stringify(c.messages[n.index]!.text)}   [${rulesOn(c.messages[n.index]!.text).join(', ')}]`);
  }
  console.log(`\n${falselyNudged}/${rows.filter((c) => !c.grooming).length} ordinary conversations falsely nudged`);
}

/** The corpus: the tuning set, then each held-out set (figures only), then the tuning set's misses. */
function evalCorpus() {
  const messages = loadMessages();
  const conversations = loadConversations();
  const holdouts = tuningOnly ? [] : holdoutFiles().map((file) => ({ file, ...loadHoldout(file) }));
  const holdoutConversations = tuningOnly ? [] : holdoutConversationFiles().map((file) => ({ file, ...loadConversations(file) }));
  for (const { file, problems } of [
    { file: 'messages.jsonl', problems: messages.problems },
    { file: 'conversations.jsonl', problems: conversations.problems },
    ...holdouts,
    ...holdoutConversations,
  ]) {
    for (const { line, problem } of problems) process.stderr.write(`eval: ${file} line ${line} skipped: ${problem}\n`);
  }

  const { missed, falseNudges } = messageTable('Heads Up detector on tests/corpus (one message from them at a time)', messages.rows);
  conversationTable(conversations.rows);

  // ---- held-out set ----
  // Written independently of the rules and of the tuning corpus. Only the figures are printed, not
  // the missed texts, so that it stays held out: don't tune rules on it.
  for (const holdout of holdouts.filter((h) => h.rows.length > 0)) {
    console.log('');
    const held = messageTable(`held-out (tests/corpus/${holdout.file})`, holdout.rows);
    console.log(`held-out ${holdout.file}: ${held.missed.length} missed positives at high, ${held.falseNudges.length} false nudges at standard (texts not listed)`);
  }
  for (const holdout of holdoutConversations.filter((h) => h.rows.length > 0)) {
    conversationTable(holdout.rows, ` in held-out tests/corpus/${holdout.file}`);
  }
  printLists(missed, falseNudges);
}

// ---- lists for rule writers ----
/** The texts of the missed moves and of the false nudges, with the rules that fired on them. */
function printLists(missed: CorpusMessage[], falseNudges: { message: CorpusMessage; categories: Category[] }[]) {
  console.log(`\nMissed positives at high (${missed.length})`);
  for (const lang of LANGUAGES) {
    for (const c of CATEGORIES) {
      const here = missed.filter((m) => m.lang === lang && m.label === c);
      if (here.length === 0) continue;
      console.log(`  ${lang} ${c}`);
      for (const m of here) {
        const fired = rulesOn(m.text);
        console.log(`    ${JSON.stringify(m.text)}${fired.length ? `   [fired: ${fired.join(', ')}]` : ''}`);
      }
    }
  }
  console.log(`\nFalse nudges at standard (${falseNudges.length})`);
  for (const { message, categories } of falseNudges) {
    console.log(`  ${message.lang} ${message.kind.padEnd(9)} ${JSON.stringify(message.text)}   [${categories.join(', ')} via ${rulesOn(message.text).join(', ')}]`);
  }
}

/** Files given with --file: each measured alone, as a held-out set is; their texts only with --list. */
function evalFiles() {
  for (const path of files) {
    const conversations = isConversationFile(path);
    const loaded = conversations ? loadConversations(path) : loadHoldout(path);
    for (const { line, problem } of loaded.problems) process.stderr.write(`eval: ${path} line ${line} skipped: ${problem}\n`);
    if (loaded.rows.length === 0) {
      process.stderr.write(`eval: ${path} holds no valid ${conversations ? 'conversation' : 'message'}\n`);
      failures++;
      continue;
    }
    console.log('');
    if (conversations) {
      conversationTable(loaded.rows as CorpusConversation[], ` in ${path}`, list);
      continue;
    }
    const { missed, falseNudges } = messageTable(`${path} (one message from them at a time)`, loaded.rows as CorpusMessage[]);
    if (list) printLists(missed, falseNudges);
  }
}

/** Whether the file's first non-empty line is a conversation (it has `messages`), not a message. */
function isConversationFile(path: string): boolean {
  const first = readFileSync(path, 'utf8').split('\n').find((l) => l.trim() !== '');
  try {
    const parsed: unknown = first === undefined ? undefined : JSON.parse(first);
    return typeof parsed === 'object' && parsed !== null && 'messages' in parsed;
  } catch {
    return false;
  }
}

if (files.length > 0) evalFiles();
else evalCorpus();
if (strict && failures > 0) process.exitCode = 1;

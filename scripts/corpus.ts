/**
 * The labelled corpus in tests/corpus/: its shape (zod) and a loader. Shared by scripts/eval.ts
 * and tests/unit/corpus.test.ts so both read the files the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORIES, LANGUAGES } from '../src/detector/types';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/corpus');

const Category = z.enum(CATEGORIES);
const Language = z.enum(LANGUAGES);

/** One message: a grooming move of `label`, or `none` (ordinary chat or a lookalike). */
export const CorpusMessage = z
  .strictObject({
    text: z.string().min(1),
    lang: Language,
    label: z.union([Category, z.literal('none')]),
    kind: z.enum(['positive', 'ordinary', 'lookalike']),
  })
  .refine((m) => (m.kind === 'positive') === (m.label !== 'none'), {
    message: 'a positive has a category label; ordinary and lookalike messages are labelled none',
  });
export type CorpusMessage = z.infer<typeof CorpusMessage>;

/** A whole conversation; in a grooming one each move by `them` carries its category. */
export const CorpusConversation = z
  .strictObject({
    id: z.string().min(1),
    lang: Language,
    grooming: z.boolean(),
    messages: z
      .array(
        z.strictObject({
          from: z.enum(['them', 'me']),
          text: z.string().min(1),
          label: Category.optional(),
        }),
      )
      .min(2),
  })
  .refine((c) => c.messages.every((m) => m.label === undefined || m.from === 'them'), {
    message: 'only messages from them carry a label',
  })
  .refine((c) => c.grooming || c.messages.every((m) => m.label === undefined), {
    message: 'an ordinary conversation has no labels',
  })
  .refine((c) => !c.grooming || c.messages.some((m) => m.label !== undefined), {
    message: 'a grooming conversation labels its moves',
  });
export type CorpusConversation = z.infer<typeof CorpusConversation>;

/** Categories after which a nudge is too late: the goal of grooming is already on the table. */
export const DEADLINE_CATEGORIES: ReadonlySet<string> = new Set(['photo_request', 'meeting', 'threat_sextortion']);

export interface LineProblem {
  line: number;
  problem: string;
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): { rows: T[]; problems: LineProblem[] } {
  const rows: T[] = [];
  const problems: LineProblem[] = [];
  // A name in tests/corpus, or (eval --file) any absolute path.
  readFileSync(resolve(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        problems.push({ line: i + 1, problem: 'not valid JSON' });
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) rows.push(parsed.data);
      else problems.push({ line: i + 1, problem: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
    });
  return { rows, problems };
}

export function loadMessages() {
  return readJsonl('messages.jsonl', CorpusMessage);
}

/**
 * Messages written only to teach the learned model (scripts/train-model.ts): hidden moves and
 * equally indirect lookalikes by writers who never saw the rules, with no rules written for them
 * (batches t41–t43 from sessions 24 and 25, t45–t47 from sessions 26 and 27). Same shape as
 * messages.jsonl. The trainer reads them right after messages.jsonl; `npm run eval` does not score
 * them, since nothing was tuned on them and the model has learned them.
 */
export const MODEL_ONLY_FILE = 'model-only.jsonl';

export function loadModelOnly() {
  return readJsonl(MODEL_ONLY_FILE, CorpusMessage);
}

/** Everything the model learns single messages from: messages.jsonl, then model-only.jsonl. */
export function loadTrainingMessages() {
  const messages = loadMessages();
  const modelOnly = loadModelOnly();
  return { rows: [...messages.rows, ...modelOnly.rows], problems: [...messages.problems, ...modelOnly.problems] };
}

/**
 * The held-out set: same shape as messages.jsonl, written independently of the rules and of the
 * tuning corpus, so its figures are not inflated by tuning. Don't tune rules on it.
 */
export const HOLDOUT_FILE = 'holdout.jsonl';

export function loadHoldout(file: string = HOLDOUT_FILE) {
  if (!existsSync(resolve(CORPUS_DIR, file))) return { rows: [] as CorpusMessage[], problems: [] as LineProblem[] };
  return readJsonl(file, CorpusMessage);
}

/**
 * Held-out whole conversations: tests/corpus/holdout-conversations*.jsonl, same shape as
 * conversations.jsonl, written independently of the rules and of the tuning corpus. Don't tune on them.
 */
export const HOLDOUT_CONVERSATIONS_PREFIX = 'holdout-conversations';

/** Every held-out set of messages: tests/corpus/holdout*.jsonl, each written independently, in name order. */
export function holdoutFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.startsWith('holdout') && !f.startsWith(HOLDOUT_CONVERSATIONS_PREFIX) && f.endsWith('.jsonl'))
    .sort();
}

/** Every held-out conversation set, in name order. */
export function holdoutConversationFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.startsWith(HOLDOUT_CONVERSATIONS_PREFIX) && f.endsWith('.jsonl'))
    .sort();
}

export function loadConversations(file = 'conversations.jsonl') {
  return readJsonl(file, CorpusConversation);
}

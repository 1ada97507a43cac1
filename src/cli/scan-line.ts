import { z } from 'zod';
import { evaluate } from '../detector/policy';
import type { Message, Nudge, Sensitivity, Signal } from '../detector/types';

/**
 * One input line of `scan` (../shared/DESIGN.md section 2). Fields other than `id` and
 * `messages` are ignored, so labelled transcripts (e.g. tests/corpus/conversations.jsonl) can be
 * scanned as they are.
 */
export const ScanInput = z.object(
  {
    id: z.union([z.string(), z.number(), z.null()], { error: 'must be a string or a number' }).optional(),
    messages: z.array(
      z.object(
        {
          from: z.enum(['them', 'me'], { error: 'must be "them" or "me"' }),
          text: z.string({ error: 'must be a string' }),
        },
        { error: 'must be an object {"from": "them"|"me", "text": "..."}' },
      ),
      { error: 'must be an array of messages' },
    ),
  },
  { error: 'must be a JSON object {"id": ..., "messages": [...]}' },
);
export type ScanInput = z.infer<typeof ScanInput>;

/** The output line for a valid input line. `id` is null when the input had none. */
export interface ScanResult {
  id: string | number | null;
  signals: Signal[];
  nudges: Nudge[];
}

export interface LineError {
  line: number;
  error: string;
}

export type LineOutcome =
  | { kind: 'blank' }
  | { kind: 'result'; messages: Message[]; result: ScanResult }
  | { kind: 'error'; error: LineError };

/** Where a zod issue sits, written the way a person would look it up: `messages[2].from`. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

const MAX_ISSUES = 3;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = pathOf(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (issues.length > MAX_ISSUES) parts.push(`and ${issues.length - MAX_ISSUES} more`);
  return parts.join('; ');
}

/** V8 sometimes quotes a slice of the input in its message; errors should not echo chat text. */
function describeJsonError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /position (\d+)/.exec(message);
  if (/^Unexpected end of JSON input/.test(message)) return 'not valid JSON: the line ends too early';
  return position ? `not valid JSON: unexpected character at position ${position[1]}` : 'not valid JSON';
}

/**
 * Turns one raw input line into what `scan` writes for it. Pure apart from the detector itself.
 * `lineNumber` counts from 1 and is only used in the error.
 */
export function scanLine(raw: string, lineNumber: number, sensitivity: Sensitivity): LineOutcome {
  const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (line.trim() === '') return { kind: 'blank' };

  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { kind: 'error', error: { line: lineNumber, error: describeJsonError(err) } };
  }
  const parsed = ScanInput.safeParse(json);
  if (!parsed.success) {
    return { kind: 'error', error: { line: lineNumber, error: describeIssues(parsed.error.issues) } };
  }
  const { id, messages } = parsed.data;
  const { signals, nudges } = evaluate(messages, sensitivity);
  return { kind: 'result', messages, result: { id: id ?? null, signals, nudges } };
}

/** The JSON output line (without newline) for an outcome; undefined for a blank line. */
export function formatJson(outcome: LineOutcome): string | undefined {
  if (outcome.kind === 'blank') return undefined;
  if (outcome.kind === 'error') return JSON.stringify({ line: outcome.error.line, error: outcome.error.error });
  const { id, signals, nudges } = outcome.result;
  return JSON.stringify({
    id,
    signals: signals.map(({ index, category, stage, severity, rule }) => ({ index, category, stage, severity, rule })),
    nudges: nudges.map(({ index, category, stage, severity }) => ({ index, category, stage, severity })),
  });
}

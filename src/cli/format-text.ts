import type { Sensitivity } from '../detector/types';
import type { LineOutcome } from './scan-line';

export interface TextContext {
  lineNumber: number;
  sensitivity: Sensitivity;
}

const WHO = { them: 'them:', me: 'me:  ' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The readable view of one conversation for `--format text`: every message with who sent it,
 * and under it a ⚑ line per signal and a ➜ line per nudge. Ends with a blank line.
 * Undefined for a blank input line.
 */
export function formatText(outcome: LineOutcome, { lineNumber, sensitivity }: TextContext): string | undefined {
  if (outcome.kind === 'blank') return undefined;
  if (outcome.kind === 'error') return `✗ line ${outcome.error.line}: ${outcome.error.error}\n`;

  const { messages, result } = outcome;
  const name = result.id === null ? `line ${lineNumber}` : String(result.id);
  const width = String(Math.max(messages.length - 1, 0)).length;
  const out: string[] = [`== ${name} · ${plural(messages.length, 'message')} · sensitivity ${sensitivity}`];

  messages.forEach((message, index) => {
    const prefix = `${String(index).padStart(width)} ${WHO[message.from]} `;
    const [first = '', ...rest] = message.text.split(/\r?\n/);
    out.push(`${prefix}${first}`.trimEnd());
    for (const more of rest) out.push(`${' '.repeat(prefix.length)}${more}`.trimEnd());
    const pad = ' '.repeat(width + 1);
    for (const s of result.signals) {
      if (s.index === index) out.push(`${pad}  ⚑ ${s.category} (${s.severity}) ${s.rule}`);
    }
    for (const n of result.nudges) {
      if (n.index === index) out.push(`${pad}  ➜ NUDGE ${n.category} (${n.severity})`);
    }
  });

  out.push(`-- ${plural(result.signals.length, 'signal')}, ${plural(result.nudges.length, 'nudge')}`, '');
  return `${out.join('\n')}\n`;
}

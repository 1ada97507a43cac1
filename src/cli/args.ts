import { SENSITIVITIES, type Sensitivity } from '../detector/types';

export const FORMATS = ['json', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** What `scan` was asked to do. `files` empty (or `-`) means standard input. */
export interface ScanOptions {
  sensitivity: Sensitivity;
  format: Format;
  files: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: ScanOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `usage: npm run --silent scan -- [--sensitivity low|standard|high] [--format json|text] [FILE ...]

Reads JSON Lines (one conversation per line) from the FILEs, or from standard input when none
is given ('-' also means standard input), and writes one line per conversation:

  in:  {"id": "c1", "messages": [{"from": "them", "text": "ben je alleen thuis?"}, {"from": "me", "text": "ja hoezo"}]}
  out: {"id":"c1","signals":[{"index":0,"category":"alone_check",...,"rule":"..."}],"nudges":[...]}

  --sensitivity  low | standard | high   which signals become nudges (default: standard)
  --format       json | text             text is a readable view for people (default: json)
  -h, --help     show this help

"id" (a string or a number) is optional and echoed back ("id": null when absent or null); other fields
are ignored. Blank lines are skipped. A line that is not valid input gives {"line": N, "error": "..."}
(N counts physical lines from 1 across all files in order) and scanning goes on.
Exit status: 0 all lines valid, 1 some line invalid, 2 usage error or unreadable file.`;

/** Parses the arguments after `scan` (i.e. `process.argv.slice(2)`). Pure: never exits or prints. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let sensitivity: Sensitivity = 'standard';
  let format: Format = 'json';
  const files: string[] = [];
  let onlyFiles = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };

    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--sensitivity' && name !== '--format') return { kind: 'error', message: `unknown option: ${name}` };
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) return { kind: 'error', message: `${name} needs a value` };

    if (name === '--sensitivity') {
      if (!(SENSITIVITIES as readonly string[]).includes(value)) {
        return { kind: 'error', message: `--sensitivity must be one of ${SENSITIVITIES.join(', ')} (got "${value}")` };
      }
      sensitivity = value as Sensitivity;
    } else {
      if (!(FORMATS as readonly string[]).includes(value)) {
        return { kind: 'error', message: `--format must be one of ${FORMATS.join(', ')} (got "${value}")` };
      }
      format = value as Format;
    }
  }
  return { kind: 'run', options: { sensitivity, format, files } };
}

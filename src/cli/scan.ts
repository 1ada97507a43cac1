/**
 * `npm run --silent scan -- [--sensitivity low|standard|high] [--format json|text] [FILE ...]`
 * The detector's public contract (../shared/DESIGN.md section 2): JSON Lines in, one line out per
 * conversation. Streams line by line, so transcripts of any size work.
 */
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs, USAGE, type ScanOptions } from './args';
import { formatText } from './format-text';
import { formatJson, scanLine } from './scan-line';

const EXIT_OK = 0;
const EXIT_INVALID_LINE = 1;
const EXIT_USAGE = 2;

async function write(chunk: string): Promise<void> {
  // Respect back-pressure so a large input does not pile up in memory.
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function run(options: ScanOptions): Promise<number> {
  const sources = options.files.length === 0 ? ['-'] : options.files;
  for (const file of sources) {
    if (file === '-') continue;
    try {
      await access(file, constants.R_OK);
    } catch {
      process.stderr.write(`scan: cannot read ${file}\n`);
      return EXIT_USAGE;
    }
  }

  let lineNumber = 0;
  let invalid = false;
  for (const file of sources) {
    const input: Readable = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const raw of lines) {
      lineNumber++;
      const outcome = scanLine(raw, lineNumber, options.sensitivity);
      if (outcome.kind === 'error') invalid = true;
      const text =
        options.format === 'text'
          ? formatText(outcome, { lineNumber, sensitivity: options.sensitivity })
          : formatJson(outcome);
      if (text !== undefined) await write(options.format === 'text' ? text : `${text}\n`);
    }
  }
  return invalid ? EXIT_INVALID_LINE : EXIT_OK;
}

async function main(): Promise<void> {
  // A closed pipe (`scan big.jsonl | head`) is a normal way to stop reading, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });

  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`scan: ${parsed.message}\n\n${USAGE}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  process.exitCode = await run(parsed.options);
}

await main();

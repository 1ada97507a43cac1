import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// `npm run eval -- --file PATH`: a fresh batch measured with the corpus's tables, its texts
// printed only when asked (--list), so that a held-out set can be measured without being read.
const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'heads-up-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MOVE = 'ben je alleen thuis vanavond?';
const MISSED_MOVE = 'mooi weer vandaag he';
const LOOKALIKE = 'mam vraagt of je de vaatwasser wil uitruimen';
const messages = join(dir, 'batch.jsonl');
writeFileSync(
  messages,
  [
    { text: MOVE, lang: 'nl', label: 'alone_check', kind: 'positive' },
    // Labelled a move, but nothing in it is one: it must count as missed.
    { text: MISSED_MOVE, lang: 'nl', label: 'meeting', kind: 'positive' },
    { text: LOOKALIKE, lang: 'nl', label: 'none', kind: 'lookalike' },
  ]
    .map((m) => JSON.stringify(m))
    .concat(['{"text": "no label", "lang": "nl"}', ''])
    .join('\n'),
);
const conversations = join(dir, 'chats.jsonl');
const ORDINARY_NUDGED = 'ben je alleen thuis? stuur ff een foto van je kamer';
writeFileSync(
  conversations,
  [
    {
      id: 'groomer',
      lang: 'nl',
      grooming: true,
      messages: [
        { from: 'them', text: 'hoe oud ben je eigenlijk?', label: 'personal_info' },
        { from: 'me', text: '14' },
        { from: 'them', text: 'zullen we morgen afspreken bij het station? niks tegen je ouders zeggen he', label: 'meeting' },
      ],
    },
    { id: 'friend', lang: 'nl', grooming: false, messages: [{ from: 'them', text: ORDINARY_NUDGED }, { from: 'me', text: 'haha nee' }] },
  ]
    .map((c) => JSON.stringify(c))
    .join('\n'),
);

const evalRun = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run eval -- --file', () => {
  test('measures a batch of messages without printing its texts, and reports its invalid line', () => {
    const run = evalRun('--file', messages);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('total positives       2, caught at high 1 (50.0%');
    expect(run.stdout).toContain('total negatives       1, false nudges at standard 0 (0.0%');
    expect(run.stdout).not.toContain('tests/corpus/messages.jsonl');
    for (const text of [MOVE, MISSED_MOVE, LOOKALIKE]) expect(run.stdout).not.toContain(text);
    expect(run.stderr).toMatch(/batch\.jsonl line 4 skipped: .*label/);
  });

  test('--list adds the missed moves, and a conversation file gets the conversation tables', () => {
    const run = evalRun('--file', messages, '--file', conversations, '--list');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Missed positives at high (1)\n  nl meeting\n    ${JSON.stringify(MISSED_MOVE)}`);
    expect(run.stdout).toMatch(/groomer +2 +2 them msgs +2 them msgs +PASS/);
    expect(run.stdout).toContain('1/1 grooming conversations nudged in time');
    expect(run.stdout).toMatch(/friend +\d+ nudges +\(#0 /);
    expect(run.stdout).toContain(`#0 ${JSON.stringify(ORDINARY_NUDGED)}`);
  });

  test('--strict fails on a missed target; a missing file or a lone --list is refused', () => {
    expect(evalRun('--file', messages, '--strict').status).toBe(1);
    const missing = evalRun('--file', join(dir, 'nope.jsonl'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const lone = evalRun('--list');
    expect(lone.status).toBe(2);
    expect(lone.stderr).toContain('--list only goes with --file');
  });
});

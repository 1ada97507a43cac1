import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { formatText } from '../../src/cli/format-text';
import { formatJson, scanLine, type LineOutcome } from '../../src/cli/scan-line';

const root = join(__dirname, '../..');

describe('parseArgs', () => {
  test('defaults: standard, json, standard input', () => {
    expect(parseArgs([])).toEqual({ kind: 'run', options: { sensitivity: 'standard', format: 'json', files: [] } });
  });

  test.each([
    [['--sensitivity', 'high', 'a.jsonl'], { sensitivity: 'high', format: 'json', files: ['a.jsonl'] }],
    [['--sensitivity=low', '--format', 'text'], { sensitivity: 'low', format: 'text', files: [] }],
    [['a.jsonl', '--format=text', 'b.jsonl'], { sensitivity: 'standard', format: 'text', files: ['a.jsonl', 'b.jsonl'] }],
    [['-', '--', '--odd-name.jsonl'], { sensitivity: 'standard', format: 'json', files: ['-', '--odd-name.jsonl'] }],
  ])('%j', (argv, options) => {
    expect(parseArgs(argv)).toEqual({ kind: 'run', options });
  });

  test.each([
    [['--sensitivity', 'max'], /--sensitivity must be one of low, standard, high/],
    [['--sensitivity'], /needs a value/],
    [['--format', 'html'], /--format must be one of json, text/],
    [['--verbose'], /unknown option: --verbose/],
    [['-x'], /unknown option: -x/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  test('help', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['x', '-h'])).toEqual({ kind: 'help' });
  });
});

describe('scanLine', () => {
  test('a valid line echoes the id and reports signals and nudges', () => {
    const outcome = scanLine('{"id":"c1","messages":[{"from":"me","text":"hoi"}]}', 1, 'standard');
    expect(outcome).toEqual({ kind: 'result', messages: [{ from: 'me', text: 'hoi' }], result: { id: 'c1', signals: [], nudges: [] } });
  });

  test('a numeric id is echoed as a number; a missing id becomes null; other fields are ignored', () => {
    const withNumber = scanLine('{"id":7,"messages":[]}', 1, 'standard');
    expect(withNumber.kind === 'result' && withNumber.result.id).toBe(7);
    const without = scanLine('{"messages":[],"lang":"nl","grooming":false}', 1, 'standard');
    expect(without.kind === 'result' && without.result.id).toBe(null);
    const nullId = scanLine('{"id":null,"messages":[]}', 1, 'standard');
    expect(nullId.kind === 'result' && nullId.result.id).toBe(null);
  });

  test.each(['', '   ', '\t'])('blank line %j is skipped', (line) => {
    expect(scanLine(line, 3, 'standard')).toEqual({ kind: 'blank' });
  });

  test('a byte order mark at the start is ignored', () => {
    expect(scanLine('\ufeff{"messages":[]}', 1, 'standard').kind).toBe('result');
  });

  test.each([
    ['{bad', /not valid JSON/],
    ['{"messages": [', /not valid JSON/],
    ['[]', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
    ['{}', /messages: must be an array/],
    ['{"id":true,"messages":[]}', /id: must be a string or a number/],
    ['{"messages":[{"from":"other","text":"x"}]}', /messages\[0\]\.from: must be "them" or "me"/],
    ['{"messages":[{"from":"me"}]}', /messages\[0\]\.text: must be a string/],
    ['{"messages":["hoi"]}', /messages\[0\]: must be an object/],
  ])('invalid %j gives a line error', (line, message) => {
    const outcome = scanLine(line, 42, 'standard');
    expect(outcome.kind).toBe('error');
    if (outcome.kind === 'error') {
      expect(outcome.error.line).toBe(42);
      expect(outcome.error.error).toMatch(message);
    }
  });

  test('errors do not quote the text of the line', () => {
    const outcome = scanLine('geheim bericht', 1, 'standard');
    expect(outcome.kind === 'error' && outcome.error.error).not.toMatch(/geheim/);
  });
});

const sample: LineOutcome = {
  kind: 'result',
  messages: [
    { from: 'them', text: 'ben je alleen thuis?' },
    { from: 'me', text: 'ja hoezo\nwrm' },
  ],
  result: {
    id: 'c1',
    signals: [{ index: 0, category: 'alone_check', stage: 'isolation', severity: 'medium', rule: 'nl.alone_check.home-alone' }],
    nudges: [{ index: 0, category: 'alone_check', stage: 'isolation', severity: 'medium' }],
  },
};

describe('formatJson', () => {
  test('the output line of section 2 of DESIGN.md, keys in contract order', () => {
    expect(formatJson(sample)).toBe(
      '{"id":"c1","signals":[{"index":0,"category":"alone_check","stage":"isolation","severity":"medium","rule":"nl.alone_check.home-alone"}],' +
        '"nudges":[{"index":0,"category":"alone_check","stage":"isolation","severity":"medium"}]}',
    );
  });

  test('errors and blanks', () => {
    expect(formatJson({ kind: 'error', error: { line: 3, error: 'not valid JSON' } })).toBe('{"line":3,"error":"not valid JSON"}');
    expect(formatJson({ kind: 'blank' })).toBeUndefined();
  });
});

describe('formatText', () => {
  test('messages with who sent them and markers under them', () => {
    expect(formatText(sample, { lineNumber: 1, sensitivity: 'standard' })).toBe(
      [
        '== c1 · 2 messages · sensitivity standard',
        '0 them: ben je alleen thuis?',
        '    ⚑ alone_check (medium) nl.alone_check.home-alone',
        '    ➜ NUDGE alone_check (medium)',
        '1 me:   ja hoezo',
        '        wrm',
        '-- 1 signal, 1 nudge',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a conversation without id is named by its line; errors are one line', () => {
    const noId: LineOutcome = { kind: 'result', messages: [], result: { id: null, signals: [], nudges: [] } };
    expect(formatText(noId, { lineNumber: 9, sensitivity: 'high' })).toMatch(/^== line 9 · 0 messages · sensitivity high\n/);
    expect(formatText({ kind: 'error', error: { line: 4, error: 'oops' } }, { lineNumber: 4, sensitivity: 'standard' })).toBe('✗ line 4: oops\n');
  });
});

describe('the scan command', () => {
  const scan = (args: string[], input: string) =>
    spawnSync('npx', ['tsx', 'src/cli/scan.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });

  test('one output line per input line, errors counted across the input, exit 1 on an invalid line', () => {
    const input = [
      '{"id": "c1", "messages": [{"from": "them", "text": "ben je alleen thuis?"}, {"from": "me", "text": "ja hoezo"}]}',
      '',
      '{not json',
      '{"id": 2, "messages": [{"from": "me", "text": "ik ben alleen thuis"}]}',
      '{"id": 3, "messages": [{"from": "someone", "text": "hoi"}]}',
    ].join('\n');
    const run = scan([], input);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'c1' });
    // The example of DESIGN.md section 2 is part of the contract.
    expect(lines[0].signals).toContainEqual(expect.objectContaining({ index: 0, category: 'alone_check', stage: 'isolation' }));
    expect(lines[0].nudges).toContainEqual(expect.objectContaining({ index: 0, category: 'alone_check' }));
    expect(lines[1]).toEqual({ line: 3, error: expect.stringMatching(/not valid JSON/) });
    // The teen's own words never raise a signal.
    expect(lines[2]).toEqual({ id: 2, signals: [], nudges: [] });
    expect(lines[3]).toEqual({ line: 5, error: expect.stringMatching(/from/) });
  }, 60_000);

  test('exit 0 when every line is valid; --format text prints a readable view', () => {
    const input = '{"id": "t", "messages": [{"from": "them", "text": "ben je alleen thuis?"}]}\n';
    const json = scan(['--sensitivity', 'high'], input);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 't' });
    const text = scan(['--format', 'text'], input);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^== t · 1 message · sensitivity standard\n0 them: ben je alleen thuis\?\n/);
    expect(text.stdout).toMatch(/⚑ alone_check/);
    expect(text.stdout).toMatch(/➜ NUDGE alone_check/);
  }, 60_000);

  test('reads files in order, numbering lines across them', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/scan.ts', 'examples/ordinary-nl.jsonl', 'examples/grooming-nl.jsonl'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ordinary-nl', 'grooming-nl']);
  }, 60_000);

  test.each([[['--sensitivity', 'extreme']], [['--frobnicate']], [['no-such-file.jsonl']]])(
    'usage errors exit 2 with a message on stderr: %j',
    (args) => {
      const run = scan(args, '');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^scan: /);
    },
    60_000,
  );
});

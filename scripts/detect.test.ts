/**
 * The command line as other tools run it: node with the tsx CLI, one process per test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const FIXTURES = 'tests/detector-corpus/fixtures';

function run(args: string[], input = ''): string {
  return execFileSync(process.execPath, [TSX, 'scripts/detect.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('npm run detect -- --jsonl', () => {
  it('answers one JSON line per input line, in order, with errors in place and the contract keys in order', () => {
    const input = [
      '\uFEFF{"text": "We support para 29 e of the 3rd APR.", "lang": "en"}',
      '',
      'not json',
      '{"text": "(50 c)", "report": "apr3"}',
      '{"text": 5}',
      '{"text": "OP7ter and para 3", "lang": "de-CH"}',
      '{"text": "paras 3 and 5", "report": "apr9"}',
      '{"text": "le paragraphe 3 et 5", "lang": "fr", "report": "final", "version": "rev1"}',
    ];
    const lines = run(['--jsonl'], `${input.join('\n')}\n`).trimEnd().split('\n');
    expect(lines).toHaveLength(input.length);
    expect(lines[0]).toBe(
      '{"refs":[{"start":11,"end":20,"surface":"para 29 e","para":29,"sub":"e","suffix":null,"report":"apr3","version":null,"list":false}]}',
    );
    expect(JSON.parse(lines[1]!)).toEqual({ refs: [] });
    expect(JSON.parse(lines[2]!).error).toMatch(/^not JSON/);
    expect(JSON.parse(lines[3]!)).toEqual({ refs: [{ start: 1, end: 5, surface: '50 c', para: 50, sub: 'c', suffix: null, report: 'apr3', version: null, list: false }] });
    expect(JSON.parse(lines[4]!)).toEqual({ error: '"text" must be a string' });
    // Any language tag is a hint, never an error.
    expect(JSON.parse(lines[5]!).refs.map((ref: { surface: string; para: number; suffix: string | null }) => [ref.surface, ref.para, ref.suffix])).toEqual([
      ['OP7ter', 7, 'ter'],
      ['para 3', 3, null],
    ]);
    expect(JSON.parse(lines[6]!).error).toMatch(/"report" must be one of/);
    expect(JSON.parse(lines[7]!).refs.map((ref: { surface: string; report: string; version: string }) => [ref.surface, ref.report, ref.version])).toEqual([
      ['paragraphe 3', 'final', 'rev1'],
      ['5', 'final', 'rev1'],
    ]);
  });
});

describe('npm run detect -- FILE', () => {
  it('prints an aligned table for an HTML file, without its scripts and styles', () => {
    const out = run([`${FIXTURES}/statement.html`]).trimEnd().split('\n');
    expect(out[0]).toMatch(/^offset\s+surface\s+key\s+report\s+version$/);
    expect(out.slice(1).map((row) => row.split(/\s{2,}/))).toEqual([
      ['154', 'para 29 e', 'apr3@zero:29e', 'apr3', 'zero'],
      ['173', 'paragraphs 3', 'apr3@zero:3', 'apr3', 'zero'],
      ['190', '5', 'apr3@zero:5', 'apr3', 'zero'],
      ['267', 'sub-paragraph (c) of paragraph 50', 'apr3@zero:50c', 'apr3', 'zero'],
      ['333', '50 h', 'apr3@zero:50h', 'apr3', 'zero'],
      ['356', 'paragraph 3', '—', 'other', '—'],
    ]);
    const column = out[0]!.indexOf('key');
    for (const row of out.slice(1)) expect(row[column - 1]).toBe(' ');
  });

  it('reads a text file, and refuses what it cannot read with a clear message', () => {
    expect(run([`${FIXTURES}/statement.txt`])).toMatch(/пункт 29 e\)\s+apr3:29e/);
    const missing = spawnSync(process.execPath, [TSX, 'scripts/detect.ts', `${FIXTURES}/missing.txt`], { cwd: ROOT, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*missing\.txt/);
  });
});

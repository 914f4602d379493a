import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function run(args: string[], input = ''): string {
  return execFileSync(process.execPath, [TSX, 'scripts/detect.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('npm run detect', () => {
  it('answers JSON lines one for one, in order, with errors in place', () => {
    const out = run(['--jsonl'], ['{"text": "We support para 29 e of the 3rd APR.", "lang": "en"}', 'not json', '{"text": "(50 c)", "report": "apr3"}', '{"text": 5}'].join('\n') + '\n')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ refs: [{ start: 11, end: 20, surface: 'para 29 e', para: 29, sub: 'e', report: 'apr3', version: null, list: false }] });
    expect(out[1]).toHaveProperty('error');
    expect(out[2]).toEqual({ refs: [{ start: 1, end: 5, surface: '50 c', para: 50, sub: 'c', report: 'apr3', version: null, list: false }] });
    expect(out[3]).toEqual({ error: '"text" must be a string' });
  });

  it('prints a table for an HTML file', () => {
    const out = run(['tests/pages/un/meeting-summary.html']);
    expect(out).toMatch(/surface\s+key\s+report/);
    expect(out).toMatch(/para 29 e\s+apr3@zero:29e/);
    expect(out).not.toMatch(/75\/240/);
  });
});

/**
 * The detector on the command line.
 *   npm run --silent detect -- --jsonl      JSON lines in ({"text", "lang"?, "report"?}), one {"refs"} or {"error"} line out for each
 *   npm run --silent detect -- FILE         a text or HTML file: its references as a table
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { detect, paragraphKeyOf, type DetectContext, type Lang, type Reference } from '../lib/detector';
import { isReportId } from '../lib/paragraph-key';
import { htmlToText } from './html-to-text';

const LANGS: readonly string[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

/** Exactly the fields, in the order, of the command-line contract. */
function contractRef(ref: Reference) {
  return { start: ref.start, end: ref.end, surface: ref.surface, para: ref.para, sub: ref.sub, report: ref.report, version: ref.version, list: ref.list };
}

export function answerLine(line: string): string {
  if (line.trim() === '') return JSON.stringify({ error: 'empty line: expected a JSON object such as {"text": "para 29 e"}' });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ error: `not JSON: ${(error as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ error: 'expected a JSON object with a "text" string' });
  const { text, lang, report, version } = input as Record<string, unknown>;
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  if (lang !== undefined && (typeof lang !== 'string' || !LANGS.includes(lang))) return JSON.stringify({ error: `"lang" must be one of ${LANGS.join(', ')}` });
  if (report !== undefined && report !== null && !isReportId(report)) return JSON.stringify({ error: '"report" must be one of apr1, apr2, apr3, final' });
  if (version !== undefined && version !== null && typeof version !== 'string') return JSON.stringify({ error: '"version" must be a string' });
  const context: DetectContext = { lang: lang as Lang | undefined, report: (report as DetectContext['report']) ?? null, version: (version as string | undefined) ?? null };
  return JSON.stringify({ refs: detect(text, context).refs.map(contractRef) });
}

async function jsonl() {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${answerLine(line)}\n`);
}

function table(refs: Reference[]): string {
  const rows = [['offset', 'surface', 'key', 'report', 'version', 'list']];
  for (const ref of refs) {
    rows.push([String(ref.start), ref.surface.replace(/\s+/g, ' '), paragraphKeyOf(ref) ?? '—', ref.report ?? '—', ref.version ?? '—', ref.list ? 'yes' : '']);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

async function file(path: string) {
  const raw = await readFile(path, 'utf8');
  const text = /\.html?$/i.test(path) ? htmlToText(raw) : raw;
  const { refs } = detect(text);
  console.log(refs.length ? table(refs) : 'No paragraph references found.');
}

const args = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  if (args[0] === '--jsonl') await jsonl();
  else if (args.length === 1 && !args[0]!.startsWith('-')) {
    await file(args[0]!).catch((error: NodeJS.ErrnoException) => {
      console.error(`Cannot read ${args[0]}: ${error.message}`);
      process.exit(1);
    });
  } else {
    console.error('Usage: npm run --silent detect -- --jsonl   (JSON lines on standard input)\n       npm run --silent detect -- FILE      (a .txt or .html file)');
    process.exit(2);
  }
}

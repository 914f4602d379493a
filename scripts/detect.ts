/**
 * The detector on the command line.
 *
 *   npm run --silent detect -- --jsonl
 *     Reads JSON lines on standard input, each {"text": "...", "lang"?: "en", "report"?: "apr3",
 *     "version"?: "zero"}, and writes exactly one JSON line per input line, in order:
 *     {"refs": [{"start", "end", "surface", "para", "sub", "suffix", "report", "version", "list"}]}.
 *     "lang" may be any language tag ("bg", "de-CH") or absent: a hint, never an error. "suffix"
 *     is "bis", "ter", "quater" or "alt" for a paragraph added in negotiation ("OP7ter"), else null.
 *     A malformed line gets {"error": "..."} and the run goes on. A blank line is no text, so
 *     it gets {"refs": []}: a blank line keeps the lines aligned without raising an error.
 *
 *   npm run --silent detect -- FILE
 *     A .txt or .html file (tags, scripts and styles stripped, entities decoded): its
 *     references as an aligned table of offset, surface, key, report and version.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { detect, paragraphKeyOf, type DetectContext, type Reference } from '../lib/detector';
import { isReportId } from '../lib/paragraph-key';
import { htmlToText } from './html-to-text';

const USAGE = 'Usage: npm run --silent detect -- --jsonl   (JSON lines on standard input)\n       npm run --silent detect -- FILE      (a .txt or .html file)';

/** Exactly the fields, in the order, of the command-line contract. */
function contractRef(ref: Reference) {
  return { start: ref.start, end: ref.end, surface: ref.surface, para: ref.para, sub: ref.sub, suffix: ref.suffix, report: ref.report, version: ref.version, list: ref.list };
}

/** The output line for one input line. */
export function answerLine(line: string): string {
  if (line.trim() === '') return JSON.stringify({ refs: [] });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ error: `not JSON: ${(error as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ error: 'expected a JSON object with a "text" string' });
  const { text, lang, report, version } = input as Record<string, unknown>;
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  // Any language tag, as pages give: a hint to the detector, which reads every text in all six UN languages.
  if (lang !== undefined && lang !== null && typeof lang !== 'string') return JSON.stringify({ error: '"lang" must be a language tag such as "fr" or "de-CH"' });
  if (report !== undefined && report !== null && !isReportId(report)) return JSON.stringify({ error: '"report" must be one of apr1, apr2, apr3, final' });
  if (version !== undefined && version !== null && typeof version !== 'string') return JSON.stringify({ error: '"version" must be a string' });
  const context: DetectContext = { lang: (lang as string | null | undefined) ?? undefined, report: (report as DetectContext['report']) ?? null, version: (version as string | undefined) ?? null };
  return JSON.stringify({ refs: detect(text, context).refs.map(contractRef) });
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    process.stdout.write(`${answerLine(first ? line.replace(/^\uFEFF/, '') : line)}\n`);
    first = false;
  }
}

/** The references as an aligned table; columns are measured in code points so that non-Latin surfaces line up. */
export function table(refs: readonly Reference[]): string {
  const rows = [['offset', 'surface', 'key', 'report', 'version']];
  for (const ref of refs) {
    rows.push([String(ref.start), ref.surface.replace(/\s+/g, ' '), paragraphKeyOf(ref) ?? '—', ref.report ?? '—', ref.version ?? '—']);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

async function file(path: string): Promise<void> {
  const raw = await readFile(path, 'utf8');
  const text = /\.html?$/i.test(path) ? htmlToText(raw) : raw;
  const { refs } = detect(text);
  console.log(refs.length > 0 ? table(refs) : 'No paragraph references found.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === '--jsonl') await jsonl();
  else if (args.length === 1 && !args[0]!.startsWith('-')) {
    await file(args[0]!).catch((error: NodeJS.ErrnoException) => {
      console.error(`Cannot read ${args[0]}: ${error.message}`);
      process.exit(1);
    });
  } else {
    console.error(USAGE);
    process.exit(2);
  }
}

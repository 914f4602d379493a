/**
 * Notes as CSV for spreadsheets: RFC 4180 (CRLF line ends), every field quoted, a UTF-8 byte
 * order mark so that spreadsheets read accents right, and no cell a spreadsheet would run as a
 * formula (OWASP's rule for CSV injection: such a cell starts with a single quote).
 */
import type { Note } from '../data/schema';
import { paragraphLabel } from '../paragraph-label';

const COLUMNS = ['id', 'paragraph', 'paragraphKey', 'pageUrl', 'quote', 'body', 'tags', 'created', 'updated'] as const;

/** What a spreadsheet reads as the start of a formula (full-width forms included: some convert them). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvField(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/g, '""')}"`;
}

export function notesToCsv(notes: Note[]): string {
  const rows = notes.map((note) => [
    note.id,
    note.paragraphKey ? paragraphLabel(note.paragraphKey) : '',
    note.paragraphKey ?? '',
    note.pageUrl ?? '',
    note.quote ?? '',
    note.body,
    note.tags.join('; '),
    note.created,
    note.updated,
  ]);
  return `\uFEFF${[COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Notes as CSV for spreadsheets: RFC 4180 (CRLF line ends, fields quoted where they must be). */
import type { Note } from '../data/schema';
import { paragraphLabel } from '../paragraph-label';

const COLUMNS = ['id', 'paragraph', 'paragraphKey', 'pageUrl', 'quote', 'body', 'tags', 'created', 'updated'] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
  return [COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

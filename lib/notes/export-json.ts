/** The complete, re-importable export: every field of every note, in the schema's export format. */
import type { Note, NotesExport } from '../data/schema';

export function notesToJson(notes: Note[], now = new Date()): string {
  const file: NotesExport = { format: 'apr-lens-notes', version: 1, exported: now.toISOString(), notes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

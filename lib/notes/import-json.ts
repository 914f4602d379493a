/**
 * Importing a JSON export: the whole file is validated before anything is written, and
 * written in one transaction, so a bad file changes nothing. Notes already present (the
 * same id, or the same note under another id) are left as they are, never duplicated.
 */
import * as v from 'valibot';
import type { Database } from '../data/db';
import { describeIssues, NotesExportSchema, type Note } from '../data/schema';
import { errorMessage } from '../result';

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; message: string };
export type ImportResult = { ok: true; added: number; present: number } | { ok: false; message: string };

const UNCHANGED = 'Nothing was imported; your notes are unchanged.';

export function parseNotesFile(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not JSON (${errorMessage(error)}). ${UNCHANGED}` };
  }
  const parsed = v.safeParse(NotesExportSchema, data);
  if (!parsed.success) {
    return { ok: false, message: `This is not an APR Lens notes export: ${describeIssues(parsed.issues)}. ${UNCHANGED}` };
  }
  return { ok: true, notes: parsed.output.notes };
}

/** What makes two notes the same note, whatever their ids. */
const sameness = (note: Note) => JSON.stringify([note.paragraphKey, note.pageUrl, note.quote, note.body, note.created]);

export async function importNotes(db: Database, notes: Note[]): Promise<ImportResult> {
  try {
    const tx = db.transaction('notes', 'readwrite');
    const existing = await tx.store.getAll();
    const ids = new Set(existing.map((note) => note.id));
    const seen = new Set(existing.map(sameness));
    let added = 0;
    for (const note of notes) {
      if (ids.has(note.id) || seen.has(sameness(note))) continue;
      ids.add(note.id);
      seen.add(sameness(note));
      await tx.store.add(note);
      added++;
    }
    await tx.done;
    return { ok: true, added, present: notes.length - added };
  } catch (error) {
    return { ok: false, message: `The notes could not be saved (${errorMessage(error)}). ${UNCHANGED}` };
  }
}

/**
 * Edits of a stored note that were not saved when the view's page went away. Saving one
 * reads the note first (to detect a change made elsewhere), which cannot finish once the
 * page is gone; so the text is put in the view's synchronous localStorage then, and saved
 * when a view opens again.
 */
import type { Database } from '../data/db';
import { formatTags } from './tags';
import { createNote, updateNote, type NoteDraft } from './note-store';

const PREFIX = 'apr-lens:unsaved-note:';

export interface RescuedEdit {
  noteId: string;
  /** The version the edit started from. */
  expectedUpdated: string;
  draft: NoteDraft;
}

export function rescueEdit(storage: Storage, editorId: string, edit: RescuedEdit): void {
  try {
    storage.setItem(PREFIX + editorId, JSON.stringify(edit));
  } catch {
    // Storage full or refused: the save started at the same time is all there is.
  }
}

/** The editor's edit was saved after all: nothing to rescue. */
export function forgetEdit(storage: Storage, editorId: string): void {
  storage.removeItem(PREFIX + editorId);
}

/**
 * Saves every rescued edit and forgets it. An edit of a note changed or deleted meanwhile
 * becomes a note of its own, beside the other version: no words are lost. Returns how many
 * became notes of their own.
 */
export async function saveRescuedEdits(db: Database, storage: Storage): Promise<number> {
  let separate = 0;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
  for (const key of keys) {
    const edit = read(storage.getItem(key));
    if (edit) {
      const stored = await db.get('notes', edit.noteId);
      const same = stored && stored.body === edit.draft.body && formatTags(stored.tags) === formatTags(edit.draft.tags);
      if (!same) {
        const result = stored && stored.updated === edit.expectedUpdated ? await updateNote(db, stored, edit.draft) : await createNote(db, edit.draft);
        if (result.status !== 'saved') continue;
        if (!(stored && stored.updated === edit.expectedUpdated)) separate++;
      }
    }
    storage.removeItem(key);
  }
  return separate;
}

function read(text: string | null): RescuedEdit | null {
  try {
    const edit = JSON.parse(text ?? '') as RescuedEdit;
    const valid = typeof edit.noteId === 'string' && typeof edit.expectedUpdated === 'string' && typeof edit.draft?.body === 'string';
    return valid && Array.isArray(edit.draft.tags) ? edit : null;
  } catch {
    return null;
  }
}

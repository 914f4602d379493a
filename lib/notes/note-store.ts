/**
 * The reader's notes: the one module that reads and writes them. Every write is checked
 * against the version the editor started from (optimistic concurrency): a note changed
 * meanwhile in another view is not overwritten but reported as a conflict. Failures come back as values whose message says
 * that the text is kept.
 */
import { lookupKeysOf, type Database } from '../data/db';
import type { Note } from '../data/schema';
import { parseParagraphKey } from '../paragraph-key';
import { errorMessage } from '../result';

export type NoteDraft = Pick<Note, 'paragraphKey' | 'pageUrl' | 'quote' | 'body' | 'tags'>;

export type SaveResult =
  | { status: 'saved'; note: Note }
  /** The stored note is newer than the one the editor started from. */
  | { status: 'conflict'; stored: Note }
  /** The note was deleted meanwhile. */
  | { status: 'missing' }
  | { status: 'failed'; message: string };

const failed = (error: unknown): SaveResult => ({
  status: 'failed',
  message: `Your note could not be saved (${errorMessage(error)}). Your text is kept in the editor.`,
});

/** A timestamp later than `after`: two saves in one millisecond must still differ. */
function nextTimestamp(after: string | null): string {
  const now = Date.now();
  const floor = after ? Date.parse(after) + 1 : 0;
  return new Date(Math.max(now, floor)).toISOString();
}

export async function createNote(db: Database, draft: NoteDraft): Promise<SaveResult> {
  const now = nextTimestamp(null);
  const note: Note = { id: crypto.randomUUID(), ...draft, created: now, updated: now };
  try {
    await db.add('notes', note);
    return { status: 'saved', note };
  } catch (error) {
    return failed(error);
  }
}

/** Saves `draft` over the note as it was at `expected.updated`, unless it changed since. */
export async function updateNote(db: Database, expected: Note, draft: NoteDraft): Promise<SaveResult> {
  try {
    const tx = db.transaction('notes', 'readwrite');
    const stored = await tx.store.get(expected.id);
    if (!stored) {
      await tx.done;
      return { status: 'missing' };
    }
    if (stored.updated !== expected.updated) {
      await tx.done;
      return { status: 'conflict', stored };
    }
    const note: Note = { ...stored, ...draft, updated: nextTimestamp(stored.updated) };
    await tx.store.put(note);
    await tx.done;
    return { status: 'saved', note };
  } catch (error) {
    return failed(error);
  }
}

export async function deleteNote(db: Database, id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await db.delete('notes', id);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `The note could not be deleted (${errorMessage(error)}); it is still there.` };
  }
}

/** Undo of a delete: the note comes back exactly as it was, unless one with its id exists again. */
export async function restoreNote(db: Database, note: Note): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await db.add('notes', note);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `The note could not be restored (${errorMessage(error)}).` };
  }
}

export function listNotes(db: Database): Promise<Note[]> {
  return db.getAll('notes');
}

/**
 * Notes on a paragraph, with the reach of position lookups: `apr3@zero:29e` finds notes on
 * that version only; `apr3:29e` notes on any version of it or with the version not known;
 * `?:29e` notes on 29 (e) of any report.
 */
export async function notesForParagraph(db: Database, key: string): Promise<Note[]> {
  const address = parseParagraphKey(key);
  if (!address) return [];
  const index = db.transaction('notes').store.index('byParagraphKey');
  if (address.version !== null) return index.getAll(key);
  const candidates =
    address.report === null
      ? await index.getAll()
      : // The key itself and every versioned form of the report: "apr3@…" sorts in one range.
        [...(await index.getAll(key)), ...(await index.getAll(IDBKeyRange.bound(`${address.report}@`, `${address.report}@\uffff`)))];
  return candidates.filter((note) => note.paragraphKey !== null && lookupKeysOf(note.paragraphKey).includes(key));
}

/** Notes on a page, whatever fragment (`#para-29`) the page's address had when each was written. */
export async function notesForPage(db: Database, pageUrl: string): Promise<Note[]> {
  const base = pageUrl.split('#')[0]!;
  const candidates = await db.getAllFromIndex('notes', 'byPageUrl', IDBKeyRange.bound(base, `${base}#\uffff`));
  return candidates.filter((note) => note.pageUrl === base || note.pageUrl?.startsWith(`${base}#`));
}

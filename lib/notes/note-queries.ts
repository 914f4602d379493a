/**
 * Finding the reader's notes through the notes store's indexes. Writing notes (create,
 * update with its optimistic-concurrency check, delete, restore, list) lives in
 * lib/notes/note-store.ts, which the views use.
 */
import { parseParagraphKey } from '../paragraph-key';
import { lookupKeysOf, type Database } from '../data/db';
import type { Note } from '../data/schema';

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

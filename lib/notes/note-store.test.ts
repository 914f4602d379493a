import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../data/db';
import { notesForPage, notesForParagraph } from './note-store';
import { NoteSchema, NotesExportSchema, type Note } from '../data/schema';

const note = (id: string, paragraphKey: string | null, pageUrl: string | null = null): Note => ({
  id,
  paragraphKey,
  pageUrl,
  quote: null,
  body: id,
  tags: [],
  created: '2025-01-02T10:00:00.000Z',
  updated: '2025-01-02T10:00:00.000Z',
});

const NOTES = [
  note('zero-29e', 'apr3@zero:29e', 'https://press.un.org/a.html'),
  note('rev1-29e', 'apr3@rev1:29e', 'https://press.un.org/a.html#para-29'),
  note('any-version-29e', 'apr3:29e'),
  note('apr2-29e', 'apr2@adopted:29e'),
  note('apr3-29', 'apr3:29'),
  note('apr3-29ee', 'apr3@zero:29ee'),
  note('page-only', null, 'https://press.un.org/a.html?lang=fr'),
];

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
  for (const item of NOTES) await db.put('notes', item);
});

const ids = (notes: Note[]) => notes.map((found) => found.id).sort();

describe('notesForParagraph', () => {
  it('finds notes with the reach of position lookups', async () => {
    expect(ids(await notesForParagraph(db, 'apr3@zero:29e'))).toEqual(['zero-29e']);
    expect(ids(await notesForParagraph(db, 'apr3:29e'))).toEqual(['any-version-29e', 'rev1-29e', 'zero-29e']);
    expect(ids(await notesForParagraph(db, '?:29e'))).toEqual(['any-version-29e', 'apr2-29e', 'rev1-29e', 'zero-29e']);
    // A whole paragraph does not answer for its sub-paragraphs.
    expect(ids(await notesForParagraph(db, 'apr3:29'))).toEqual(['apr3-29']);
    expect(await notesForParagraph(db, 'not a key')).toEqual([]);
  });
});

describe('notesForPage', () => {
  it('finds notes on a page whatever its fragment, and not on another query string', async () => {
    expect(ids(await notesForPage(db, 'https://press.un.org/a.html'))).toEqual(['rev1-29e', 'zero-29e']);
    expect(ids(await notesForPage(db, 'https://press.un.org/a.html#top'))).toEqual(['rev1-29e', 'zero-29e']);
    expect(ids(await notesForPage(db, 'https://press.un.org/a.html?lang=fr'))).toEqual(['page-only']);
  });
});

describe('NoteSchema', () => {
  it('reads a note without the optional fields, and refuses one that belongs to nothing', () => {
    const minimal = { id: 'n', pageUrl: 'https://press.un.org/', body: '', tags: [], created: '2025-01-02T10:00:00.000Z', updated: '2025-01-02T10:00:00.000Z' };
    expect(v.parse(NoteSchema, minimal)).toEqual({ ...minimal, paragraphKey: null, quote: null });
    expect(v.safeParse(NoteSchema, { ...minimal, pageUrl: null }).success).toBe(false);
    expect(v.safeParse(NotesExportSchema, { format: 'apr-lens-notes', version: 1, exported: '2025-01-02T10:00:00.000Z', notes: [minimal] }).success).toBe(true);
  });
});

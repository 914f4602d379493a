// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../data/db';
import type { Note } from '../data/schema';
import { forgetEdit, rescueEdit, saveRescuedEdits } from './draft-rescue';
import { listNotes } from './note-store';

const NOTE: Note = {
  id: 'n1',
  paragraphKey: 'apr3:29e',
  pageUrl: null,
  quote: null,
  body: 'before',
  tags: [],
  created: '2025-01-02T10:00:00.000Z',
  updated: '2025-01-02T10:00:00.000Z',
};
const draft = (body: string) => ({ paragraphKey: NOTE.paragraphKey, pageUrl: null, quote: null, body, tags: ['ci'] });

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  db = await openDatabase();
  await db.add('notes', NOTE);
});

describe('edits rescued as the page went away', () => {
  it('are saved over the note they started from, once', async () => {
    rescueEdit(localStorage, 'editor-1', { noteId: NOTE.id, expectedUpdated: NOTE.updated, draft: draft('typed at the end') });
    expect(await saveRescuedEdits(db, localStorage)).toBe(0);
    expect((await listNotes(db)).map((note) => [note.body, note.tags])).toEqual([['typed at the end', ['ci']]]);
    expect(localStorage.length).toBe(0);
  });

  it('become a note of their own when the note changed elsewhere meanwhile', async () => {
    await db.put('notes', { ...NOTE, body: 'other window', updated: '2025-03-01T00:00:00.000Z' });
    rescueEdit(localStorage, 'editor-1', { noteId: NOTE.id, expectedUpdated: NOTE.updated, draft: draft('typed at the end') });
    expect(await saveRescuedEdits(db, localStorage)).toBe(1);
    expect((await listNotes(db)).map((note) => note.body).sort()).toEqual(['other window', 'typed at the end']);
  });

  it('are dropped when the save finished after all', async () => {
    rescueEdit(localStorage, 'editor-1', { noteId: NOTE.id, expectedUpdated: NOTE.updated, draft: draft('x') });
    forgetEdit(localStorage, 'editor-1');
    rescueEdit(localStorage, 'editor-2', { noteId: NOTE.id, expectedUpdated: 'older', draft: { ...draft('before'), tags: [] } });
    expect(await saveRescuedEdits(db, localStorage)).toBe(0);
    expect(await listNotes(db)).toEqual([NOTE]);
    expect(localStorage.length).toBe(0);
  });
});

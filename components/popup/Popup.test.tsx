// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../lib/data/db';
import { NOTES_CHANNEL } from '../../lib/notes/notes-channel';
import { toStored } from '../../lib/data/db';
import { NOTE, POSITIONS, SUMMARY, fakeViewServices, seed } from '../test-data';
import { Popup } from './Popup';
import type { PopupServices } from './popup-services';
import type { PageSummary } from '../../lib/page/page-summary';

function services(summary: PageSummary | null = null): PopupServices {
  return {
    ...fakeViewServices(summary),
    openUrl: vi.fn(async () => undefined),
    openNote: vi.fn(async () => undefined),
    annotate: vi.fn(async () => ({ ok: true as const })),
    openSidePanel: vi.fn(async () => undefined),
    close: vi.fn(),
  };
}

async function open(fakes = services()) {
  const db = await openDatabase();
  await seed(db);
  render(<Popup database={Promise.resolve(db)} services={fakes} />);
  const box = await screen.findByRole('combobox', { name: /search positions/i });
  return { db, box, fakes };
}

const type = (box: HTMLElement, text: string) => fireEvent.input(box, { target: { value: text } });
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

describe('popup search', () => {
  it('answers as the user types, with prefixes and typos, emphasising the matched words', async () => {
    const { box } = await open();
    type(box, 'infrastr');
    await waitFor(() => expect(options()).toHaveLength(1));
    const result = options()[0]!;
    expect(result.textContent).toContain('3rd APR, para 29 (e)');
    expect(result.textContent).toContain('October 29, 2019');
    expect([...result.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('infrastructure');
    type(box, 'stakholders');
    await waitFor(() => expect(options()[0]?.textContent).toContain('A portal for states'));
    type(box, 'malware');
    await waitFor(() => expect(options()[0]?.textContent).toContain('Your note'));
  });

  it('finds a paragraph by the key the user types', async () => {
    const { box } = await open();
    for (const query of ['29e', '29 (e)', '3rd APR 29(e)', 'apr3 29e']) {
      type(box, query);
      await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/on paragraph 29 \(e\)/));
      expect(options().map((option) => option.querySelector('.result-kind')?.textContent)).toEqual(['ICT4Peace', 'Your note']);
    }
  });

  it('says why nothing was found: a paragraph with nothing on it yet, or French words for English positions', async () => {
    const { box } = await open();
    type(box, 'apr1 15b');
    await waitFor(() => expect(screen.getByText('ICT4Peace has no position on 1st APR, para 15 (b) yet, and you have no note on it.')).toBeTruthy());
    type(box, 'final report 12');
    await waitFor(() => expect(screen.getByText(/no position on Final Report, para 12 yet/)).toBeTruthy());
    type(box, 'sécurité des réseaux');
    await waitFor(() => expect(screen.getByText(/positions are written in English: try English words/)).toBeTruthy());
  });

  it('names themes in words, and shows a position without a source in full instead of an error', async () => {
    const { db, box } = await open();
    const themes = within(screen.getByRole('combobox', { name: 'Theme' })).getAllByRole('option').map((option) => option.textContent);
    expect(themes).toContain('Critical infrastructure');
    expect(themes).not.toContain('critical-infrastructure');
    await db.put('positions', toStored({ ...POSITIONS[0]!, id: 'no-source', title: 'Offline memorandum', sourceUrl: null }));
    cleanup();
    const again = await open();
    type(again.box, 'memorandum');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.keyDown(again.box, { key: 'Enter' });
    const full = await screen.findByRole('article', { name: 'Offline memorandum' });
    expect(full.textContent).toContain(POSITIONS[0]!.quote);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(within(full).getByRole('button', { name: 'Back to the results' }));
    await screen.findByRole('combobox', { name: /search positions/i });
    void box;
  });

  it('keeps the index current as notes change in another view', async () => {
    const { db, box } = await open();
    type(box, 'supply chain');
    await waitFor(() => expect(screen.getByText(/Nothing matches/)).toBeTruthy());
    await db.put('notes', { ...NOTE, id: 'note-new', body: 'Supply chain security deserves a paragraph.' });
    const otherView = new BroadcastChannel(NOTES_CHANNEL);
    otherView.postMessage({ ids: ['note-new'] });
    otherView.close();
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain('Supply chain security');
  });

  it('filters by report, theme and notes only', async () => {
    const { box } = await open();
    type(box, 'ict4peace');
    await waitFor(() => expect(options()).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'stakeholders' } });
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain('A portal');
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Report' }), { target: { value: 'apr1' } });
    await waitFor(() => expect(options()).toHaveLength(0));
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Report' }), { target: { value: '' } });
    type(box, '');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notes only' }));
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain(NOTE.body);
  });

  it('is used by keyboard: arrows choose, Enter opens the source, or reveals it where the tab shows it', async () => {
    const { box, fakes } = await open();
    type(box, 'ict4peace');
    await waitFor(() => expect(options()).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const chosen = options()[1]!;
    expect(chosen.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(chosen.id);
    const url = chosen.textContent!.includes('portal') ? 'https://ict4peace.org/portal' : 'https://ict4peace.org/ci-call';
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(fakes.openUrl).toHaveBeenCalledWith(url));
    expect(fakes.close).toHaveBeenCalled();
    cleanup();

    const onPage = services(SUMMARY);
    const second = await open(onPage);
    type(second.box, '50c');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.keyDown(second.box, { key: 'Enter' });
    await waitFor(() => expect(onPage.reveal).toHaveBeenCalledWith(7, { id: 2 }));
    expect(onPage.openUrl).not.toHaveBeenCalled();
  });

  it('shows the tab state: the references found, or a button to annotate the page', async () => {
    const fakes = services(null);
    await open(fakes);
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    await waitFor(() => expect(fakes.annotate).toHaveBeenCalledWith(7));
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    await waitFor(() => expect(fakes.openSidePanel).toHaveBeenCalledWith(7));
    cleanup();
    await open(services(SUMMARY));
    const region = screen.getByRole('region', { name: 'This page' });
    await waitFor(() => expect(within(region).getByText('2 mentions of APR paragraphs on this page')).toBeTruthy());
    expect(within(region).queryByRole('button', { name: 'Annotate this page' })).toBeNull();
  });

  it('counts mentions, as the badge does: a range is one, and a report’s marked paragraphs are said apart', async () => {
    const range = SUMMARY.references.slice(0, 1).flatMap((first) =>
      [28, 29, 30].map((para, i) => ({ ...first, id: i + 1, key: `apr3:${para}`, surface: i === 0 ? 'paras 28' : '28–30' })),
    );
    const paragraphs = [{ key: 'apr3:12', positionIds: ['portal'], byQuote: false }];
    await open(services({ ...SUMMARY, mentions: 1, references: range, paragraphs }));
    const region = screen.getByRole('region', { name: 'This page' });
    await waitFor(() => expect(within(region).getByText('1 mention of an APR paragraph on this page')).toBeTruthy());
    expect(within(region).getByText('1 paragraph of this report carries ICT4Peace positions')).toBeTruthy();
  });
});

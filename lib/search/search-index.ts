/**
 * One full-text index over everything the popup searches: ICT4Peace's positions, the text
 * of report paragraphs the dataset holds, and the user's notes. Built once per view and
 * kept current as notes change; positions and paragraphs only change with a dataset sync.
 */
import MiniSearch from 'minisearch';
import type { StoredReportText } from '../data/report-text-types';
import { pickText } from '../data/report-texts';
import type { Note, Position, Report } from '../data/schema';
import { formatParagraphKey, parseParagraphKey, withoutVersion, type ReportId } from '../paragraph-key';
import { indexTerm, tokenize } from './terms';

export type IndexedPosition = Pick<Position, 'id' | 'title' | 'date' | 'organisation' | 'quote' | 'summary' | 'themes' | 'sourceUrl' | 'paragraphs'>;

export type IndexedNote = Pick<Note, 'id' | 'paragraphKey' | 'pageUrl' | 'quote' | 'body' | 'tags' | 'updated'>;

/** A paragraph of a report's text, as the dataset holds it. */
export interface IndexedParagraph {
  key: string;
  text: string;
  heading: string | null;
}

export type EntryKind = 'position' | 'paragraph' | 'note';

/** What a result shows and acts on, whichever kind it is. */
export interface SearchEntry {
  id: string;
  kind: EntryKind;
  /** The position's or note's id, or the paragraph's key. */
  ref: string;
  /** Paragraph keys without their version: what paragraph queries and the report filter match. */
  keys: string[];
  reports: ReportId[];
  themes: string[];
  title: string;
  date: string;
  /** The longer text the snippet is cut from. */
  text: string;
  /** Where the entry can be read: the position's source, the note's page, the report. */
  url?: string;
  /** A position's paragraphs (of `keys`) that it cites; it is on the topic of the others. */
  cited?: string[];
}

interface SearchDoc {
  id: string;
  title: string;
  text: string;
  /** Themes, organisation and tags: short words that say what the entry is about. */
  about: string;
}

export interface SearchIndex {
  readonly mini: MiniSearch<SearchDoc>;
  readonly entries: Map<string, SearchEntry>;
  /** Entry ids by paragraph number, so that a paragraph query reads a handful of entries, not all. */
  readonly byPara: Map<number, Set<string>>;
}

const FIELDS: (keyof SearchDoc)[] = ['title', 'text', 'about'];

/** Built in chunks that yield to the event loop: a large dataset must not freeze the popup. */
export async function buildSearchIndex(data: {
  positions: IndexedPosition[];
  paragraphs: IndexedParagraph[];
  notes: IndexedNote[];
}): Promise<SearchIndex> {
  const index: SearchIndex = {
    mini: new MiniSearch<SearchDoc>({
      fields: FIELDS,
      tokenize,
      processTerm: indexTerm,
      // Removed notes leave holes in the index; MiniSearch's auto-vacuum clears them in the background.
      autoVacuum: true,
    }),
    entries: new Map(),
    byPara: new Map(),
  };
  const docs: SearchDoc[] = [];
  for (const position of data.positions) docs.push(addEntry(index, positionEntry(position), position.organisation));
  for (const paragraph of data.paragraphs) docs.push(addEntry(index, paragraphEntry(paragraph)));
  await index.mini.addAllAsync(docs, { chunkSize: 500 });
  await addNotes(index, data.notes);
  return index;
}

/** Notes indexed per batch: between two, the index answers searches and the view shows how far it is. */
export const NOTES_PER_BATCH = 500;

/**
 * Adds notes in batches that yield to the event loop, calling `onBatch` with how many are in
 * after each: ten thousand notes of 2 KB join an index that already answers. A note written
 * meanwhile (and upserted) is not added twice.
 */
export async function addNotes(index: SearchIndex, notes: IndexedNote[], onBatch?: (added: number) => void): Promise<void> {
  for (let from = 0; from < notes.length; from += NOTES_PER_BATCH) {
    const batch = notes.slice(from, from + NOTES_PER_BATCH).filter((note) => !index.entries.has(noteDocId(note.id)));
    await index.mini.addAllAsync(
      batch.map((note) => addEntry(index, noteEntry(note))),
      { chunkSize: 100 },
    );
    onBatch?.(Math.min(from + NOTES_PER_BATCH, notes.length));
  }
}

/** The paragraph texts the dataset has, one entry per report version and paragraph. */
export function reportParagraphs(reports: Report[]): IndexedParagraph[] {
  return reports.flatMap((report) =>
    report.paragraphs.map((paragraph) => ({
      key: formatParagraphKey({ report: report.id, version: paragraph.version, para: paragraph.para, sub: paragraph.sub }),
      text: paragraph.text,
      heading: paragraph.heading,
    })),
  );
}

/**
 * The paragraphs of the report texts captured from their documents: one language per
 * report version (the reader's where kept), a sub-paragraph with its parent's lead-in.
 */
export function capturedParagraphs(texts: readonly StoredReportText[], lang: string | null): IndexedParagraph[] {
  const versions = new Map<string, StoredReportText[]>();
  for (const text of texts) versions.set(`${text.report}@${text.version}`, [...(versions.get(`${text.report}@${text.version}`) ?? []), text]);
  return [...versions.values()].flatMap((candidates) => {
    const text = pickText(candidates, candidates[0]!.version, lang)!;
    return text.paragraphs.map((paragraph) => ({
      key: formatParagraphKey({ report: text.report, version: text.version, para: paragraph.para, sub: paragraph.sub }),
      text: paragraph.leadIn ? `${paragraph.leadIn} … ${paragraph.text}` : paragraph.text,
      heading: paragraph.heading,
    }));
  });
}

/** Adds a note, or replaces the indexed version of it. */
export function upsertNote(index: SearchIndex, note: IndexedNote): void {
  removeNote(index, note.id);
  index.mini.add(addEntry(index, noteEntry(note)));
}

export function removeNote(index: SearchIndex, noteId: string): void {
  const id = noteDocId(noteId);
  const entry = index.entries.get(id);
  if (!entry) return;
  index.entries.delete(id);
  for (const para of parasOf(entry)) index.byPara.get(para)?.delete(id);
  index.mini.discard(id);
}

function addEntry(index: SearchIndex, entry: SearchEntry, organisation = ''): SearchDoc {
  index.entries.set(entry.id, entry);
  for (const para of parasOf(entry)) {
    let ids = index.byPara.get(para);
    if (!ids) index.byPara.set(para, (ids = new Set()));
    ids.add(entry.id);
  }
  // A note's tags are its themes (see noteEntry).
  return { id: entry.id, title: entry.title, text: entry.text, about: `${entry.themes.join(' ')} ${organisation}` };
}

function positionEntry(position: IndexedPosition): SearchEntry {
  const keys = unique(position.paragraphs.map((paragraph) => withoutVersion(paragraph.key)));
  return {
    id: `position:${position.id}`,
    kind: 'position',
    ref: position.id,
    keys,
    reports: reportsOf(keys),
    themes: position.themes,
    title: position.title,
    date: position.date ?? '',
    text: [position.quote, position.summary].filter(Boolean).join(' — '),
    url: position.sourceUrl ?? undefined,
    cited: unique(position.paragraphs.flatMap((paragraph) => (paragraph.kind === 'cited' ? [withoutVersion(paragraph.key)] : []))),
  };
}

function paragraphEntry(paragraph: IndexedParagraph): SearchEntry {
  const key = withoutVersion(paragraph.key);
  return {
    id: `paragraph:${paragraph.key}`,
    kind: 'paragraph',
    ref: paragraph.key,
    keys: [key],
    reports: reportsOf([key]),
    themes: [],
    title: paragraph.heading ?? '',
    date: '',
    text: paragraph.text,
  };
}

const noteDocId = (id: string) => `note:${id}`;

function noteEntry(note: IndexedNote): SearchEntry {
  const keys = note.paragraphKey ? [withoutVersion(note.paragraphKey)] : [];
  return {
    id: noteDocId(note.id),
    kind: 'note',
    ref: note.id,
    keys,
    reports: reportsOf(keys),
    themes: note.tags,
    title: note.quote ?? '',
    date: note.updated,
    text: note.body,
    url: note.pageUrl ?? undefined,
  };
}

function parasOf(entry: SearchEntry): number[] {
  return entry.keys.flatMap((key) => parseParagraphKey(key)?.para ?? []);
}

function reportsOf(keys: string[]): ReportId[] {
  return unique(keys.flatMap((key) => parseParagraphKey(key)?.report ?? []));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

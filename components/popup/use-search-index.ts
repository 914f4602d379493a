/**
 * The popup's search index: built once from the database when the popup opens, then kept
 * current as notes change in other views (the notes channel).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { allPositions, allReports } from '../../lib/data/lookup';
import { listNotes } from '../../lib/notes/note-store';
import { openNotesChannel } from '../../lib/notes/notes-channel';
import {
  addNotes,
  buildSearchIndex,
  capturedParagraphs,
  removeNote,
  reportParagraphs,
  upsertNote,
  type IndexedParagraph,
  type SearchIndex,
} from '../../lib/search/search-index';
import { uiLanguage } from '../ParagraphText';
import { errorMessage } from '../../lib/result';

export type IndexState =
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex; revision: number; notes: { indexed: number; total: number } }
  | { status: 'failed'; message: string };

export function useSearchIndex(db: Database | null): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    if (!db) return;
    let index: SearchIndex | null = null;
    let revision = 0;
    let closed = false;
    const channel = openNotesChannel(async ({ ids }) => {
      if (!index) return;
      const current = index;
      const notes = await Promise.all(ids.map((id) => db.get('notes', id)));
      ids.forEach((id, i) => {
        const note = notes[i];
        if (note) upsertNote(current, note);
        else removeNote(current, id);
      });
      if (!closed) setState((state) => (state.status === 'ready' ? { ...state, revision: ++revision } : state));
    });
    (async () => {
      // Positions and paragraphs first: the search answers while the notes, which may be many, join.
      const [positions, reports, texts] = await Promise.all([allPositions(db), allReports(db), db.getAll('reportTexts')]);
      // The dataset's paragraph texts first; a captured text adds the paragraphs it does not hold.
      const paragraphs = uniqueByKey([...reportParagraphs(reports), ...capturedParagraphs(texts, uiLanguage())]);
      const built = await buildSearchIndex({ positions, paragraphs, notes: [] });
      index = built;
      const notes = await listNotes(db);
      const progress = (indexed: number) => {
        if (!closed) setState({ status: 'ready', index: built, revision: ++revision, notes: { indexed, total: notes.length } });
      };
      progress(0);
      await addNotes(built, notes, progress);
    })().catch((error: unknown) => {
      if (!closed) setState({ status: 'failed', message: errorMessage(error) });
    });
    return () => {
      closed = true;
      channel.close();
    };
  }, [db]);
  return state;
}

function uniqueByKey(paragraphs: IndexedParagraph[]): IndexedParagraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => !seen.has(paragraph.key) && Boolean(seen.add(paragraph.key)));
}

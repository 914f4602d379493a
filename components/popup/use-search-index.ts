/**
 * The popup's search index: built once from the database when the popup opens, then kept
 * current as notes change in other views (the notes channel).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { allPositions, allReports } from '../../lib/data/lookup';
import { listNotes } from '../../lib/notes/note-store';
import { openNotesChannel } from '../../lib/notes/notes-channel';
import { addNotes, buildSearchIndex, removeNote, reportParagraphs, upsertNote, type SearchIndex } from '../../lib/search/search-index';
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
      const [positions, reports] = await Promise.all([allPositions(db), allReports(db)]);
      const built = await buildSearchIndex({ positions, paragraphs: reportParagraphs(reports), notes: [] });
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

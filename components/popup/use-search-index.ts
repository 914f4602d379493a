/**
 * The popup's search index: built once from the database when the popup opens, then kept
 * current as notes change in other views (the notes channel).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { allPositions, allReports } from '../../lib/data/lookup';
import { listNotes } from '../../lib/notes/note-store';
import { openNotesChannel } from '../../lib/notes/notes-channel';
import { buildSearchIndex, removeNote, reportParagraphs, upsertNote, type SearchIndex } from '../../lib/search/search-index';
import { errorMessage } from '../../lib/result';

export type IndexState =
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex; revision: number }
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
      if (!closed) setState({ status: 'ready', index: current, revision: ++revision });
    });
    (async () => {
      const [positions, reports, notes] = await Promise.all([allPositions(db), allReports(db), listNotes(db)]);
      index = await buildSearchIndex({ positions, paragraphs: reportParagraphs(reports), notes });
      if (!closed) setState({ status: 'ready', index, revision });
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

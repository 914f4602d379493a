/**
 * Text search over the notes in the side panel, the popup's search itself (words, prefixes,
 * typos, paragraph keys) on an index of the notes alone. The index is built at the first
 * query and then kept current note by note as notes change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../lib/data/schema';
import { NO_FILTERS, search } from '../../lib/search/query';
import { buildSearchIndex, removeNote, upsertNote, type SearchIndex } from '../../lib/search/search-index';

/** The ids of the notes that match `query`, best first; null while there is no query (or no index yet). */
export function useNotesSearch(notes: Note[], query: string): string[] | null {
  const index = useRef<{ index: SearchIndex; versions: Map<string, string> } | null>(null);
  const [revision, setRevision] = useState(0);
  const wanted = query.trim() !== '';

  useEffect(() => {
    if (!wanted) return;
    const current = index.current;
    if (!current) {
      let cancelled = false;
      void buildSearchIndex({ positions: [], paragraphs: [], notes }).then((built) => {
        if (cancelled) return;
        index.current = { index: built, versions: new Map(notes.map((note) => [note.id, note.updated])) };
        setRevision((n) => n + 1);
      });
      return () => {
        cancelled = true;
      };
    }
    // Only what changed since: typing in the editor changes one note at a time.
    const present = new Set<string>();
    for (const note of notes) {
      present.add(note.id);
      if (current.versions.get(note.id) === note.updated) continue;
      upsertNote(current.index, note);
      current.versions.set(note.id, note.updated);
    }
    for (const id of [...current.versions.keys()]) {
      if (present.has(id)) continue;
      removeNote(current.index, id);
      current.versions.delete(id);
    }
    setRevision((n) => n + 1);
    return undefined;
  }, [notes, wanted]);

  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    const current = index.current;
    setIds(wanted && current ? search(current.index, query, { ...NO_FILTERS, notesOnly: true }, Infinity).hits.map((hit) => hit.entry.ref) : null);
  }, [query, revision]);
  return ids;
}

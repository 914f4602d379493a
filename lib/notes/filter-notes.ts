/** Browsing every note: filters by report, paragraph and tag, newest first. */
import type { Note } from '../data/schema';
import { parseParagraphKey, withoutVersion, type ReportId } from '../paragraph-key';
import { tagKey } from './tags';

export interface NoteFilters {
  report: ReportId | null;
  /** A version-less paragraph key (`apr3:29e`). */
  paragraph: string | null;
  tag: string | null;
}

export const NO_NOTE_FILTERS: NoteFilters = { report: null, paragraph: null, tag: null };

export function filterNotes(notes: Note[], filters: NoteFilters): Note[] {
  return notes
    .filter((note) => {
      const key = note.paragraphKey;
      if (filters.report && (!key || parseParagraphKey(key)?.report !== filters.report)) return false;
      if (filters.paragraph && (!key || withoutVersion(key) !== filters.paragraph)) return false;
      if (filters.tag && !note.tags.some((tag) => tagKey(tag) === tagKey(filters.tag!))) return false;
      return true;
    })
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

/** The choices the filters offer: the paragraphs and tags notes actually have. */
export function noteFacets(notes: Note[]): { paragraphs: string[]; tags: string[] } {
  const paragraphs = new Set<string>();
  // One choice per tag whatever its case: the first spelling met.
  const tags = new Map<string, string>();
  for (const note of notes) {
    if (note.paragraphKey) paragraphs.add(withoutVersion(note.paragraphKey));
    for (const tag of note.tags) if (!tags.has(tagKey(tag))) tags.set(tagKey(tag), tag);
  }
  const byNumber = (a: string, b: string) => {
    const x = parseParagraphKey(a);
    const y = parseParagraphKey(b);
    return (x?.report ?? '').localeCompare(y?.report ?? '') || (x?.para ?? 0) - (y?.para ?? 0) || a.localeCompare(b);
  };
  return { paragraphs: [...paragraphs].sort(byNumber), tags: [...tags.values()].sort((a, b) => a.localeCompare(b)) };
}

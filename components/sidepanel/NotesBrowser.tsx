/** Every note, on every page: searched as in the popup, filtered by report, paragraph and tag; with export and import. */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Note } from '../../lib/data/schema';
import { formatNumber, t, tp } from '../../lib/i18n';
import { filterNotes, NO_NOTE_FILTERS, noteFacets, type NoteFilters } from '../../lib/notes/filter-notes';
import { paragraphLabel } from '../../lib/paragraph-label';
import { FilterSelect, ReportFilter } from '../FilterSelect';
import { VirtualList } from '../VirtualList';
import { NoteItem } from './NoteItem';
import { useNotesSearch } from './use-notes-search';

export interface NotesBrowserProps {
  notes: Note[];
  onEdit(note: Note): void;
  children?: ComponentChildren;
}

/** A note in the list, before it is drawn and measured. */
const NOTE_HEIGHT_PX = 140;

export function NotesBrowser({ notes, onEdit, children }: NotesBrowserProps) {
  const [filters, setFilters] = useState<NoteFilters>(NO_NOTE_FILTERS);
  const [query, setQuery] = useState('');
  const found = useNotesSearch(notes, query);
  // Typing in the editor re-renders the panel: ten thousand notes are not sorted again for it.
  const facets = useMemo(() => noteFacets(notes), [notes]);
  const shown = useMemo(() => matching(filterNotes(notes, filters), found), [notes, filters, found]);
  const update = (next: Partial<NoteFilters>) => setFilters({ ...filters, ...next });
  return (
    <section class="notes-browser" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('panelAllNotes')}</h2>
      <label for="notes-search">{t('notesSearchLabel')}</label>
      <input id="notes-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      <div class="filters">
        <ReportFilter value={filters.report} onChange={(report) => update({ report })} />
        <FilterSelect
          label={t('filterParagraph')}
          value={filters.paragraph}
          options={facets.paragraphs.map((key) => ({ value: key, label: paragraphLabel(key) }))}
          onChange={(value) => update({ paragraph: value })}
        />
        <FilterSelect
          label={t('filterTag')}
          value={filters.tag}
          options={facets.tags.map((tag) => ({ value: tag, label: tag }))}
          onChange={(value) => update({ tag: value })}
        />
      </div>
      <p class="result-count" role="status">
        {tp('notesCount', notes.length, [formatNumber(shown.length)])}
      </p>
      {notes.length === 0 && <p class="empty">{t('notesEmpty')}</p>}
      {notes.length > 0 && shown.length === 0 && <p class="empty">{t('notesNoMatch')}</p>}
      {shown.length > 0 && (
        <VirtualList
          class="notes-list"
          label={t('panelNotesList')}
          items={shown}
          keyOf={(note) => note.id}
          estimate={NOTE_HEIGHT_PX}
          render={(note) => <NoteItem note={note} onEdit={onEdit} showWhere />}
        />
      )}
      {children}
    </section>
  );
}

/** The filtered notes that the search found, in the search's order (best first); all of them without a search. */
function matching(filtered: Note[], found: string[] | null): Note[] {
  if (!found) return filtered;
  const byId = new Map(filtered.map((note) => [note.id, note]));
  return found.flatMap((id) => byId.get(id) ?? []);
}

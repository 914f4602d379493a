/** Every note, on every page: filtered by report, paragraph and tag; with export and import. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { filterNotes, NO_NOTE_FILTERS, noteFacets, type NoteFilters } from '../../lib/notes/filter-notes';
import { isReportId, REPORT_IDS } from '../../lib/paragraph-key';
import { paragraphLabel, reportLabel } from '../../lib/paragraph-label';
import { NoteItem } from './NoteItem';

export interface NotesBrowserProps {
  notes: Note[];
  onEdit(note: Note): void;
  children?: ComponentChildren;
}

export function NotesBrowser({ notes, onEdit, children }: NotesBrowserProps) {
  const [filters, setFilters] = useState<NoteFilters>(NO_NOTE_FILTERS);
  const facets = noteFacets(notes);
  const shown = filterNotes(notes, filters);
  const update = (next: Partial<NoteFilters>) => setFilters({ ...filters, ...next });
  return (
    <section class="notes-browser" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('panelAllNotes')}</h2>
      <div class="filters">
        <label>
          {t('filterReport')}
          <select value={filters.report ?? ''} onChange={(event) => update({ report: isReportId(event.currentTarget.value) ? event.currentTarget.value : null })}>
            <option value="">{t('filterAll')}</option>
            {REPORT_IDS.map((report) => (
              <option key={report} value={report}>
                {reportLabel(report)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterParagraph')}
          <select value={filters.paragraph ?? ''} onChange={(event) => update({ paragraph: event.currentTarget.value || null })}>
            <option value="">{t('filterAll')}</option>
            {facets.paragraphs.map((key) => (
              <option key={key} value={key}>
                {paragraphLabel(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterTag')}
          <select value={filters.tag ?? ''} onChange={(event) => update({ tag: event.currentTarget.value || null })}>
            <option value="">{t('filterAll')}</option>
            {facets.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="result-count" role="status">
        {t('notesCount', [shown.length, notes.length])}
      </p>
      {notes.length === 0 && <p class="empty">{t('notesEmpty')}</p>}
      {notes.length > 0 && shown.length === 0 && <p class="empty">{t('notesNoMatch')}</p>}
      <div class="notes-list">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} onEdit={onEdit} showWhere />
        ))}
      </div>
      {children}
    </section>
  );
}

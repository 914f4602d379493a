/** One note in a list: where it is, its quote, the start of its text, tags and time; Edit opens it. */
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { paragraphLabel } from '../../lib/paragraph-label';
import { NoteTimes } from './NoteTimes';
import { SuggestPosition } from './SuggestPosition';

export interface NoteItemProps {
  note: Note;
  onEdit(note: Note): void;
  showWhere?: boolean;
  /** The title of the note's page, where the view knows it: "Suggest as a position" fills it in. */
  pageTitle?: string | undefined;
}

export function NoteItem({ note, onEdit, showWhere = false, pageTitle }: NoteItemProps) {
  const where = note.paragraphKey ? paragraphLabel(note.paragraphKey) : t('editorOnPage');
  return (
    <article class="note-item" aria-label={t('noteItemLabel', [where])}>
      {showWhere && <p class="note-where">{where}</p>}
      {showWhere && note.pageUrl && <p class="note-page">{note.pageUrl}</p>}
      {note.quote && <blockquote class="note-quote">{note.quote}</blockquote>}
      <p class="note-body">{note.body || t('noteEmptyBody')}</p>
      {note.tags.length > 0 && (
        <p class="note-tags">
          {note.tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      <NoteTimes note={note} />
      <button type="button" onClick={() => onEdit(note)} aria-label={t('noteEditLabel', [where])}>
        {t('noteEdit')}
      </button>
      <SuggestPosition note={note} pageTitle={pageTitle} />
    </article>
  );
}

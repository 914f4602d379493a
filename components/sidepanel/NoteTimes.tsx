/** When a note was written and last changed, in the reader's locale. */
import type { Note } from '../../lib/data/schema';
import { formatMoment as when } from '../../lib/format-date';
import { t } from '../../lib/i18n';


export function NoteTimes({ note }: { note: Pick<Note, 'created' | 'updated'> }) {
  return (
    <p class="note-times">
      {t('noteCreatedLabel')} <time dateTime={note.created}>{when(note.created)}</time>
      {note.updated !== note.created && (
        <>
          {' · '}
          {t('noteUpdatedLabel')} <time dateTime={note.updated}>{when(note.updated)}</time>
        </>
      )}
    </p>
  );
}

/** "Suggest as a position": the note as a dataset/positions/*.md file, downloaded for an editor to finish. */
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { positionDraftFromNote } from '../../lib/notes/position-draft';
import { downloadText } from '../download-text';

export function SuggestPosition({ note, pageTitle }: { note: Note; pageTitle?: string | undefined }) {
  const suggest = () => {
    const today = new Date().toISOString().slice(0, 10);
    const { filename, markdown } = positionDraftFromNote(note, { pageTitle, today });
    downloadText(filename, markdown, 'text/markdown');
  };
  return (
    <button type="button" onClick={suggest} title={t('noteSuggestPositionHint')}>
      {t('noteSuggestPosition')}
    </button>
  );
}

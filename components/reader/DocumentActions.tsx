/** What can be done with the open PDF itself: save it, print it, or open it where it came from. */
import { t } from '../../lib/i18n';
import type { ReaderSession } from './reader-session';

export interface DocumentActionsProps {
  session: ReaderSession | null;
  /** The file name to save under. */
  name: string;
  /** Where the PDF was read from; none for a local file. */
  url: string | null;
}

export function DocumentActions({ session, name, url }: DocumentActionsProps) {
  const download = async () => {
    if (!session) return;
    const data = await session.data();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([data.slice()], { type: 'application/pdf' }));
    link.download = /\.pdf$/i.test(name) ? name : `${name}.pdf`;
    link.click();
    // The download has started from the object URL; it can go once the click is handled.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return (
    <div class="reader-actions">
      <button type="button" onClick={() => void download()} disabled={!session}>
        {t('readerDownload')}
      </button>
      <button type="button" onClick={() => void session?.print()} disabled={!session}>
        {t('readerPrint')}
      </button>
      {url && (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {t('readerOpenOriginal')}
        </a>
      )}
    </div>
  );
}

/** A PDF that could not be opened: what went wrong, and the way to the original. */
import { t } from '../../lib/i18n';
import type { LoadFailure } from '../../lib/pdf/load';

export interface ReaderErrorProps {
  failure: LoadFailure;
  /** The original's address, for a link to it (none for a local file). */
  url: string | null;
  onAllow(origin: string): void;
}

function hostOf(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}

export function ReaderError({ failure, url, onAllow }: ReaderErrorProps) {
  return (
    <section class="reader-error" role="alert" aria-labelledby="reader-error-title">
      <h2 id="reader-error-title">{t('readerFailedTitle')}</h2>
      <p>{failure.message}</p>
      <p class="actions">
        {failure.kind === 'permission' && failure.origin && (
          <button type="button" onClick={() => onAllow(failure.origin!)}>
            {t('readerAllow', [hostOf(failure.origin)])}
          </button>
        )}
        {url && (
          <a href={url} rel="noopener noreferrer">
            {t('readerOpenOriginal')}
          </a>
        )}
      </p>
    </section>
  );
}

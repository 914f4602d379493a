/** A search result read in full in the popup: a position known from its text only, with no source to open. */
import { useEffect, useRef } from 'preact/hooks';
import { formatDay } from '../../lib/format-date';
import { t } from '../../lib/i18n';
import { paragraphLabel } from '../../lib/paragraph-label';
import type { SearchEntry } from '../../lib/search/search-index';

export function ResultText({ entry, onBack }: { entry: SearchEntry; onBack(): void }) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), [entry]);
  return (
    <article class="result-full" aria-labelledby="result-full-title">
      <h2 id="result-full-title">{entry.title}</h2>
      <p class="hint">
        {entry.keys.map(paragraphLabel).join(' · ')}
        {entry.date && (
          <>
            {' · '}
            <time dateTime={entry.date}>{formatDay(entry.date)}</time>
          </>
        )}
      </p>
      <p>{entry.text}</p>
      <p class="hint">{t('resultNoSource')}</p>
      <button type="button" ref={back} onClick={onBack}>
        {t('resultBack')}
      </button>
    </article>
  );
}

/** Find in the document: a search box over the extracted text, next and previous match. */
import { useEffect, useState, type RefObject } from 'preact/compat';
import { t } from '../../lib/i18n';
import type { Match } from '../../lib/pdf/find';
import type { ReadProgress } from '../../lib/annotator/pdf-integration';
import type { ReaderSession } from './reader-session';

export interface FindBarProps {
  session: ReaderSession | null;
  /** Pages still being read: the matches are looked for again as text comes in. */
  progress: ReadProgress | null;
  inputRef: RefObject<HTMLInputElement>;
}

export function FindBar({ session, progress, inputRef }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    setMatches(session && query.trim() ? session.find(query) : []);
  }, [session, query, progress?.pagesRead]);

  useEffect(() => {
    if (matches.length === 0) {
      setCurrent(-1);
      void session?.showMatch(null);
    }
  }, [matches.length === 0]);

  // What is typed now starts again at its first match; pages read meanwhile keep the reader's place.
  useEffect(() => setCurrent(-1), [query]);

  // As the reader types, the first match is shown and counted ("1 of 4"), as browsers do.
  useEffect(() => {
    if (current === -1 && matches.length > 0) {
      setCurrent(0);
      void session?.showMatch(matches[0]!);
    }
  }, [matches, current]);

  const step = (direction: 1 | -1) => {
    if (!session || matches.length === 0) return;
    const next = current < 0 ? (direction === 1 ? 0 : matches.length - 1) : (current + direction + matches.length) % matches.length;
    setCurrent(next);
    void session.showMatch(matches[next]!);
  };

  return (
    <div class="reader-find" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label={t('readerFind')}
        placeholder={t('readerFind')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setCurrent(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} aria-label={t('readerFindPrevious')} title={t('readerFindPrevious')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label={t('readerFindNext')} title={t('readerFindNext')}>
        ↓
      </button>
      <span class="find-count" aria-live="polite">
        {query.trim() ? (matches.length === 0 ? t('readerFindNone') : t('readerFindCount', [Math.max(current + 1, 1), matches.length])) : ''}
      </span>
    </div>
  );
}

/** Page navigation and zoom for the reader. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ToolbarProps {
  /** Current page, 0-based. */
  page: number;
  pageCount: number;
  scale: number;
  zoomStep: number;
  onPage(index: number): void;
  /** Multiply the scale by `factor`; 0 resets it to 100%. */
  onZoom(factor: number): void;
}

export function Toolbar({ page, pageCount, scale, zoomStep, onPage, onZoom }: ToolbarProps) {
  const [typed, setTyped] = useState(String(page + 1));
  useEffect(() => setTyped(String(page + 1)), [page]);

  const commit = () => {
    const number = Number.parseInt(typed, 10);
    if (Number.isInteger(number) && number >= 1 && number <= pageCount) onPage(number - 1);
    else setTyped(String(page + 1));
  };

  return (
    <div class="reader-nav">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0} aria-label={t('readerPreviousPage')} title={t('readerPreviousPage')}>
        ‹
      </button>
      <input
        class="page-number"
        type="text"
        inputMode="numeric"
        aria-label={t('readerPageNumber')}
        value={typed}
        size={4}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        onBlur={commit}
      />
      <span>{t('readerPageOf', [pageCount])}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1} aria-label={t('readerNextPage')} title={t('readerNextPage')}>
        ›
      </button>
      <span class="separator" aria-hidden="true" />
      <button type="button" onClick={() => onZoom(1 / zoomStep)} aria-label={t('readerZoomOut')} title={`${t('readerZoomOut')} (Ctrl −)`}>
        −
      </button>
      <button type="button" class="zoom-level" onClick={() => onZoom(0)} title="Ctrl 0">
        {t('readerZoomLevel', [Math.round(scale * 100)])}
      </button>
      <button type="button" onClick={() => onZoom(zoomStep)} aria-label={t('readerZoomIn')} title={`${t('readerZoomIn')} (Ctrl +)`}>
        +
      </button>
    </div>
  );
}

/**
 * The PDF reader page: `reader.html?file=<encoded URL>`, or a local file opened from the
 * picker or dropped on the page. Shows the PDF with its text selectable and annotated as
 * on HTML pages, with page navigation, zoom and find.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SaveResult } from '../../lib/data/report-text-types';
import type { CapturedPdf } from '../../lib/reports/keep-captured-report';
import { t, tp } from '../../lib/i18n';
import { fetchPdf, openPdf, type LoadFailure } from '../../lib/pdf/load';
import type { ReadProgress, ReaderBackend } from '../../lib/annotator/pdf-integration';
import type { Position } from '../../lib/data/schema';
import { DocumentActions } from './DocumentActions';
import { FindBar } from './FindBar';
import { ReaderError } from './ReaderError';
import { ReportTextStatus, type ReportTextStatusProps } from './ReportTextStatus';
import { openReaderSession, type ReaderSession } from './reader-session';
import { Toolbar } from './Toolbar';

export type ReaderSource = { kind: 'url'; url: string } | { kind: 'file'; name: string; bytes: Uint8Array };

export interface ReaderProps {
  /** The PDF named by the page's URL, if any. */
  initialUrl: string | null;
  /** The paragraph the page's URL asks to be shown once read (`apr3@zero:29e`). */
  initialParagraph?: string | null;
  backend: ReaderBackend<Position>;
  /** Keeps the text of a report read whole (the reader opens the database itself). */
  keepReport(captured: CapturedPdf): Promise<SaveResult>;
  onAddNote(key: string, pageUrl: string): void;
  /** Registers the handler for the side panel's and popup's "show this reference"; returns the unsubscribe. */
  onRevealRequest(handler: (target: { id: number } | { key: string }) => Promise<boolean>): () => void;
}

type Status =
  | { kind: 'empty' }
  | { kind: 'loading'; name: string }
  | { kind: 'failed'; failure: LoadFailure; url: string | null }
  | { kind: 'open'; pageCount: number };

const ZOOM_STEP = 1.2;

function nameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

export function Reader({ initialUrl, initialParagraph = null, backend, keepReport, onAddNote, onRevealRequest }: ReaderProps) {
  const [source, setSource] = useState<ReaderSource | null>(initialUrl ? { kind: 'url', url: initialUrl } : null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'empty' });
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [page, setPage] = useState(0);
  const [scale, setScale] = useState(1);
  const [renderError, setRenderError] = useState('');
  const [dragging, setDragging] = useState(false);
  const [reportText, setReportText] = useState<ReportTextStatusProps>({ pageReport: null, result: null });
  /** The document's title once open: the page's one heading. */
  const [heading, setHeading] = useState(t('readerTitle'));
  const pages = useRef<HTMLDivElement>(null);
  const session = useRef<ReaderSession | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const findInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!source) return;
    let live = true;
    const name = source.kind === 'url' ? nameOf(source.url) : source.name;
    const pageUrl = source.kind === 'url' ? source.url : name;
    setStatus({ kind: 'loading', name });
    setProgress(null);
    setRenderError('');
    setReportText({ pageReport: null, result: null });
    document.title = `${name} – ${t('readerTitle')}`;
    setHeading(name);
    void (async () => {
      const bytes = source.kind === 'url' ? await fetchPdf(source.url) : { ok: true as const, value: source.bytes };
      const opened = bytes.ok ? await openPdf(bytes.value) : bytes;
      if (!live) {
        if (opened.ok) void opened.value.destroy();
        return;
      }
      if (!opened.ok) {
        setStatus({ kind: 'failed', failure: opened.failure, url: source.kind === 'url' ? source.url : null });
        return;
      }
      const pdf = opened.value;
      const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
      const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : name;
      document.title = `${title} – ${t('readerTitle')}`;
      setHeading(title);
      setStatus({ kind: 'open', pageCount: pdf.numPages });
      setPage(0);
      setScale(1);
      session.current = await openReaderSession({
        pdf,
        container: pages.current!,
        url: pageUrl,
        title,
        backend,
        onReportReadWhole: async (captured) => setReportText({ pageReport: captured.pageReport, result: await keepReport(captured) }),
        onAddNote: (key) => onAddNote(key, pageUrl),
        onProgress: setProgress,
        onCurrentPage: setPage,
        onRenderError: (pageNumber) => setRenderError(t('readerRenderFailed', [pageNumber])),
      });
      if (initialParagraph && source.kind === 'url' && source.url === initialUrl) void session.current.showParagraph(initialParagraph);
    })();
    return () => {
      live = false;
      session.current?.destroy();
      session.current = null;
    };
  }, [source, attempt]);

  useEffect(() => onRevealRequest(async (target) => (session.current ? session.current.reveal(target) : false)), [onRevealRequest]);

  const goTo = (index: number) => session.current?.view.scrollToPage(index);
  const zoom = (next: number) => {
    const view = session.current?.view;
    if (!view) return;
    view.zoom(next);
    setScale(view.scale);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const view = session.current?.view;
      if (!view) return;
      const typing = event.target instanceof HTMLInputElement;
      if ((event.ctrlKey || event.metaKey) && !event.altKey) {
        if (event.key === '+' || event.key === '=') zoom(view.scale * ZOOM_STEP);
        else if (event.key === '-') zoom(view.scale / ZOOM_STEP);
        else if (event.key === '0') zoom(1);
        else if (event.key === 'f') findInput.current?.focus();
        else return;
        event.preventDefault();
      } else if (!typing && !event.altKey && (event.key === 'PageDown' || event.key === 'PageUp')) {
        goTo(view.currentPage + (event.key === 'PageDown' ? 1 : -1));
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function openFile(file: File | undefined) {
    if (!file) return;
    setSource({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }

  async function allow(origin: string) {
    // In the click's user gesture: the browser asks the reader.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (granted) setAttempt((n) => n + 1);
  }

  const pageCount = status.kind === 'open' ? status.pageCount : 0;
  const name = source ? (source.kind === 'url' ? nameOf(source.url) : source.name) : '';
  const statusText =
    status.kind === 'loading'
      ? t('readerLoading', [status.name])
      : progress && status.kind === 'open'
        ? progress.done
          ? t('readerDone', [tp('readerMentions', progress.mentions), tp('readerPages', progress.pageCount)])
          : tp('readerProgress', progress.mentions, [progress.pagesRead, progress.pageCount])
        : '';

  return (
    <div
      class={`reader${dragging ? ' dragging' : ''}`}
      data-status={status.kind === 'open' ? (progress?.done ? 'complete' : 'reading') : status.kind}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void openFile(event.dataTransfer?.files[0]);
      }}
    >
      <header class="reader-toolbar">
        <h1 class="reader-title">{heading}</h1>
        <div class="reader-tools" role="toolbar" aria-label={t('readerToolbar')}>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('readerOpenFile')}
          </button>
          <input ref={fileInput} type="file" accept="application/pdf,.pdf" hidden onChange={(event) => void openFile(event.currentTarget.files?.[0])} />
          {status.kind === 'open' && (
            <>
              <Toolbar page={page} pageCount={pageCount} scale={scale} onPage={goTo} onZoom={(factor) => zoom(factor === 0 ? 1 : scale * factor)} zoomStep={ZOOM_STEP} />
              <FindBar inputRef={findInput} session={session.current} progress={progress} />
              <DocumentActions session={session.current} name={name} url={source?.kind === 'url' ? source.url : null} />
            </>
          )}
        </div>
        <p class="reader-status" role="status">
          {statusText}
        </p>
      </header>
      <main>
        {status.kind === 'failed' && <ReaderError failure={status.failure} url={status.url} onAllow={(origin) => void allow(origin)} />}
        {status.kind === 'empty' && (
          <section class="reader-empty">
            <p>{t('readerNoFile')}</p>
          </section>
        )}
        <ReportTextStatus {...reportText} />
        {renderError && (
          <p class="reader-render-error" role="alert">
            {renderError}
          </p>
        )}
        <div class="reader-pages" ref={pages} />
      </main>
      {dragging && (
        <div class="reader-drop" aria-hidden="true">
          {t('readerDropHere')}
        </div>
      )}
    </div>
  );
}

/**
 * The annotator's integration for PDFs in the reader: the text is the whole document's,
 * read page by page in the background without drawing the pages; a span is on screen once
 * its page's text layer is drawn. References are found and listed as their pages are read,
 * and highlighted when their page is drawn.
 */
import { detect, type DetectContext } from '../detector';
import type { ReportId } from '../paragraph-key';
import type { Highlighter } from '../page/highlighter';
import type { PageSummary } from '../page/page-summary';
import type { PlaceablePosition } from '../page/report-paragraphs';
import { BLOCK_SEPARATOR, spanIn, type TextIndex } from '../page/text-index';
import type { DocumentText } from '../pdf/document-text';
import type { DocumentView } from '../pdf/document-view';
import { createPageReader, samplePageNumbers, type PageItems } from '../pdf/extract';
import type { PageSource } from '../pdf/page-view';
import type { PDFDocumentProxy } from '../pdf/pdfjs';
import { recognizeReportDocument } from '../reports/recognize-report-document';
import type { PdfTextItem } from '../pdf/text-lines';
import { createAnnotatorCore, type CardTarget, type ReportRead, type RevealTarget, type TextSegment } from './annotator-core';

export interface ReaderBackend<P> {
  lookup(keys: string[]): Promise<Record<string, P[]>>;
  positionsForReport(report: ReportId): Promise<P[]>;
  report(summary: PageSummary): void;
}

/** What the reader shows of the annotation: cards and markers (the page UI). */
export interface PageUi<P> {
  update(next: { references: CardTarget<P>[]; paragraphs: CardTarget<P>[] }): void;
  openAt(target: CardTarget<P>): void;
}

/** User Timing marks, for DevTools and `npm run bench`. */
export const PDF_FIRST_PAGE_MARK = 'apr-lens:pdf-first-annotated-page';
export const PDF_COMPLETE_MARK = 'apr-lens:pdf-complete';

export interface ReadProgress {
  pagesRead: number;
  pageCount: number;
  /** Mentions found so far: a range counts once, as on the badge. */
  mentions: number;
  done: boolean;
}

export interface PdfAnnotatorOptions<P extends PlaceablePosition> {
  pdf: PDFDocumentProxy;
  source: PageSource;
  url: string;
  title: string;
  text: DocumentText;
  view: DocumentView;
  highlighter: Highlighter;
  ui: PageUi<P>;
  backend: ReaderBackend<P>;
  yieldToPage(): Promise<void>;
  onProgress(progress: ReadProgress): void;
  onReportRead?(read: ReportRead): void;
}

/** Read this long (ms) between two updates of the highlights and the reference list. */
const FLUSH_INTERVAL_MS = 150;
/** Pages whose text is asked of pdf.js ahead of the one being read. */
const PREFETCH_PAGES = 6;

export function createPdfAnnotator<P extends PlaceablePosition>(options: PdfAnnotatorOptions<P>) {
  const { pdf, text, view, ui, backend } = options;
  const core = createAnnotatorCore<P>({
    detect,
    lookup: backend.lookup,
    positionsForReport: backend.positionsForReport,
    highlighter: options.highlighter,
    yieldToPage: options.yieldToPage,
    onReportRead: options.onReportRead,
  });
  const pageIndexes = new Map<number, TextIndex>();
  let context: DetectContext = {};
  let detectedTo = 0;
  let firstPageMarked = false;
  let stopped = false;
  let done = false;

  async function itemsOf(index: number): Promise<PageItems> {
    const page = await pdf.getPage(index + 1);
    const { width, height } = page.getViewport({ scale: 1 });
    view.setPageSize(index, { width, height });
    const content = await options.source.textContent(index);
    return { items: content.items.filter((item): item is PdfTextItem & (typeof content.items)[number] => 'str' in item), width, height };
  }

  /** The text index of a drawn page (its text layer's spans), built once. */
  function indexOfPage(page: number): TextIndex | null {
    const existing = pageIndexes.get(page);
    if (existing) return existing;
    const pageView = view.view(page);
    if (!pageView?.hasText) return null;
    const index = text.pageIndex(page, (item) => pageView.textNode(item));
    pageIndexes.set(page, index);
    return index;
  }

  /** The whole document's text: a span is on screen where its page's text layer is drawn. */
  const documentSegment: TextSegment = {
    locate(start, end) {
      const page = text.pageAt(start);
      const index = indexOfPage(page);
      if (!index) return null;
      const offset = text.pageStart(page);
      return spanIn(index, start - offset, end - offset);
    },
  };

  function publish() {
    ui.update(core.targets());
    const summary = core.summary(options.url, options.title);
    backend.report(summary);
    options.onProgress({ pagesRead: text.pageCount, pageCount: pdf.numPages, mentions: summary.mentions, done });
  }

  /** Finds the references in the text read since the last time. */
  async function detectNewText() {
    const from = detectedTo;
    const to = text.text.length;
    if (to <= from) return;
    detectedTo = to;
    const { mentions } = await core.detect(documentSegment, text.text.slice(from, to), context, from);
    const last = mentions.at(-1);
    if (last && !core.pageReport) context = { ...context, report: last.report, version: last.version };
  }

  function markFirstPage() {
    if (firstPageMarked) return;
    const current = view.currentPage;
    if (current < text.pageCount && view.view(current)?.hasText) {
      firstPageMarked = true;
      performance.mark(PDF_FIRST_PAGE_MARK);
    }
  }

  async function flush() {
    await detectNewText();
    await core.markParagraphs(documentSegment, text.text);
    publish();
    markFirstPage();
  }

  function pageDrawn(page: number) {
    if (page >= text.pageCount) return;
    const end = page + 1 < text.pageCount ? text.pageStart(page + 1) : text.text.length;
    core.showIn(documentSegment, text.pageStart(page), end);
    publish();
    markFirstPage();
  }

  return {
    core,
    /** Reads every page, in order, annotating as it goes. */
    async run() {
      const sample = await Promise.all(samplePageNumbers(pdf.numPages).map(itemsOf));
      const readPage = createPageReader(sample);
      let lastFlush = performance.now();
      // A few pages asked for ahead: pdf.js's worker extracts while this thread detects.
      const ahead = new Map<number, Promise<PageItems>>();
      const prefetch = (index: number) => {
        if (index < pdf.numPages && !ahead.has(index)) ahead.set(index, itemsOf(index));
      };
      for (let index = 0; index < pdf.numPages && !stopped; index++) {
        for (let next = index; next < index + PREFETCH_PAGES; next++) prefetch(next);
        const items = await ahead.get(index)!;
        ahead.delete(index);
        text.addPage(readPage(items));
        if (index === 0) {
          const headings = [options.title, ...text.text.split(BLOCK_SEPARATOR).slice(0, 3)];
          core.pageReport = recognizeReportDocument(headings, items.items.map((item) => item.str).join(' '), detect);
          if (core.pageReport) context = { report: core.pageReport.report, version: core.pageReport.version };
        }
        // Soon for the first page and the one in view, then in batches.
        const inView = index <= view.currentPage + 1;
        if (index === 0 || inView || performance.now() - lastFlush > FLUSH_INTERVAL_MS) {
          await flush();
          lastFlush = performance.now();
        }
        await options.yieldToPage();
      }
      done = !stopped;
      await flush();
      if (done) performance.mark(PDF_COMPLETE_MARK);
    },
    /** A page's text layer is drawn: its references and paragraphs get their highlights. */
    pageDrawn,
    /** Scrolls to a reference (by id) or a report paragraph (by key), drawing its page, and opens its card. */
    async reveal(target: RevealTarget): Promise<boolean> {
      const span = core.spanFor(target);
      if (!span) return false;
      const page = text.pageAt(span.start);
      view.scrollToPage(page);
      await view.ensureDrawn(page);
      pageDrawn(page);
      const card = core.targetOf(span);
      if (!card) return false;
      card.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ui.openAt(card);
      return true;
    },
    stop() {
      stopped = true;
    },
  };
}


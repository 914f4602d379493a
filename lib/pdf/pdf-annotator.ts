/**
 * Annotates a PDF in the reader the way the content script annotates a page, with what
 * lib/page provides (detector in slices, lookups, report paragraphs and placement,
 * highlighter, cards), over the PDF's own text: all pages are read in the background
 * without drawing them, references are found and listed as their pages are read, and
 * highlighted when a page's text layer is drawn.
 */
import type { CardTarget } from '../../components/page/mount-page-ui';
import type { CardPosition } from '../../components/PositionCard';
import { detect, paragraphKeyOf, type DetectContext, type Reference } from '../detector';
import { paragraphLabel } from '../paragraph-label';
import type { ReportId } from '../paragraph-key';
import { highlightNameOf, type PageReport } from '../page/annotator';
import { detectInChunks } from '../page/detect-in-chunks';
import { HIGHLIGHT_NAMES, type Highlighter } from '../page/highlighter';
import { contextAround, offsetsOverlap } from '../page/mentions';
import { summarizeReferences, type PageSummary } from '../page/page-summary';
import { recognizeReportPage } from '../page/recognize-report-page';
import { findNumberedParagraphs, placePositions, type NumberedParagraph, type PlaceablePosition } from '../page/report-paragraphs';
import { BLOCK_SEPARATOR, nodesIn, rangeFor, type TextIndex } from '../page/text-index';
import type { DocumentText } from './document-text';
import type { DocumentView } from './document-view';
import { createPageReader, samplePageNumbers, type PageItems } from './extract';
import type { PageSource } from './page-view';
import type { PdfTextItem } from './text-lines';
import type { PDFDocumentProxy } from './pdfjs';

export type ReaderPosition = PlaceablePosition & CardPosition;

export interface ReaderBackend {
  lookup(keys: string[]): Promise<Record<string, ReaderPosition[]>>;
  positionsForReport(report: ReportId): Promise<ReaderPosition[]>;
  report(summary: PageSummary): void;
}

export interface PageUi {
  update(next: { references: CardTarget[]; paragraphs: CardTarget[] }): void;
  openAt(target: CardTarget): void;
}

/** User Timing marks, for DevTools and `npm run bench`. */
export const PDF_FIRST_PAGE_MARK = 'apr-lens:pdf-first-annotated-page';
export const PDF_COMPLETE_MARK = 'apr-lens:pdf-complete';

interface Span {
  start: number;
  end: number;
  range: Range | null;
  nodes: Text[];
}

interface PdfReference extends Span {
  id: number;
  ref: Reference;
  key: string;
  positions: ReaderPosition[];
}

interface PdfParagraph extends Span {
  key: string;
  paragraph: NumberedParagraph;
  label: Span;
  positions: ReaderPosition[];
  byQuote: boolean;
}

export interface ReadProgress {
  pagesRead: number;
  pageCount: number;
  /** Mentions found so far: a range counts once, as on the badge. */
  mentions: number;
  done: boolean;
}

export interface PdfAnnotatorOptions {
  pdf: PDFDocumentProxy;
  source: PageSource;
  url: string;
  title: string;
  text: DocumentText;
  view: DocumentView;
  highlighter: Highlighter;
  ui: PageUi;
  backend: ReaderBackend;
  yieldToPage(): Promise<void>;
  onProgress(progress: ReadProgress): void;
}

/** Read this long (ms) between two updates of the highlights and the reference list. */
const FLUSH_INTERVAL_MS = 150;
/** Pages whose text is asked of pdf.js ahead of the one being read. */
const PREFETCH_PAGES = 6;

export function createPdfAnnotator(options: PdfAnnotatorOptions) {
  const { pdf, text, view, highlighter, ui, backend } = options;
  const references: PdfReference[] = [];
  const paragraphs: PdfParagraph[] = [];
  let unplaced: { key: string; positionId: string }[] = [];
  const positionsByKey = new Map<string, ReaderPosition[]>();
  const pageIndexes = new Map<number, TextIndex>();
  let pageReport: PageReport | null = null;
  let context: DetectContext = {};
  let detectedTo = 0;
  let nextId = 1;
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

  /** Gives a span its DOM range where its page is drawn; false where it is not (yet). */
  function attach(span: Span): boolean {
    if (span.range) return true;
    const page = text.pageAt(span.start);
    const index = indexOfPage(page);
    if (!index) return false;
    const offset = text.pageStart(page);
    span.range = rangeFor(index, span.start - offset, span.end - offset);
    span.nodes = nodesIn(index, span.start - offset, span.end - offset);
    return span.range !== null;
  }

  function showReference(reference: PdfReference) {
    if (!reference.range && attach(reference)) highlighter.add(highlightNameOf(reference), reference.range!);
  }

  function showParagraph(paragraph: PdfParagraph) {
    if (!paragraph.range && attach(paragraph) && attach(paragraph.label)) highlighter.add(HIGHLIGHT_NAMES.paragraph, paragraph.range!);
  }

  function referenceTarget(reference: PdfReference): CardTarget {
    return { key: reference.key, label: paragraphLabel(reference.key), range: reference.range!, nodes: reference.nodes, positions: reference.positions, placedByQuote: false };
  }

  function paragraphTarget(paragraph: PdfParagraph): CardTarget {
    return { key: paragraph.key, label: paragraphLabel(paragraph.key), range: paragraph.label.range!, nodes: paragraph.nodes, positions: paragraph.positions, placedByQuote: paragraph.byQuote };
  }

  function publish() {
    ui.update({
      references: references.filter((reference) => reference.range).map(referenceTarget),
      paragraphs: paragraphs.filter((paragraph) => paragraph.range && paragraph.label.range).map(paragraphTarget),
    });
    const current = summary();
    backend.report(current);
    options.onProgress({ pagesRead: text.pageCount, pageCount: pdf.numPages, mentions: current.mentions, done });
  }

  function summary(): PageSummary {
    return {
      url: options.url,
      title: options.title,
      pageReport,
      ...summarizeReferences(references, offsetsOverlap, (reference) => contextAround(text.text, reference.start, reference.end)),
      paragraphs: paragraphs.map((paragraph) => ({ key: paragraph.key, positionIds: paragraph.positions.map((position) => position.id), byQuote: paragraph.byQuote })),
      unplaced,
    };
  }

  /** Finds the references in the text read since the last time, and looks their positions up. */
  async function detectNewText() {
    const from = detectedTo;
    const to = text.text.length;
    if (to <= from) return;
    detectedTo = to;
    const detection = await detectInChunks(text.text.slice(from, to), context, detect, options.yieldToPage);
    const last = detection.mentions.at(-1);
    if (last && !pageReport) context = { ...context, report: last.report, version: last.version };
    const found: PdfReference[] = [];
    for (const ref of detection.refs) {
      const key = paragraphKeyOf(ref);
      // Precision first, as on pages: a paragraph whose report is unknown is not highlighted.
      if (!key || key.startsWith('?')) continue;
      found.push({ id: nextId++, ref, key, start: ref.start + from, end: ref.end + from, range: null, nodes: [], positions: [] });
    }
    const missing = [...new Set(found.map((reference) => reference.key))].filter((key) => !positionsByKey.has(key));
    if (missing.length > 0) {
      const looked = await backend.lookup(missing);
      for (const key of missing) positionsByKey.set(key, looked[key] ?? []);
    }
    for (const reference of found) {
      reference.positions = positionsByKey.get(reference.key) ?? [];
      references.push(reference);
      showReference(reference);
    }
  }

  let reportPositions: Promise<ReaderPosition[]> | null = null;
  /** A report's own paragraphs that carry positions, over all the text read so far. */
  async function markParagraphs() {
    if (!pageReport) return;
    const positions = await (reportPositions ??= backend.positionsForReport(pageReport.report));
    const numbered = findNumberedParagraphs(text.text);
    const placement = placePositions(text.text, numbered, positions, pageReport);
    const byId = new Map(positions.map((position) => [position.id, position]));
    for (const paragraph of paragraphs) if (paragraph.range) highlighter.delete(HIGHLIGHT_NAMES.paragraph, paragraph.range);
    paragraphs.length = 0;
    const marks = new Map<NumberedParagraph, PdfParagraph>();
    for (const placed of placement.placed) {
      let mark = marks.get(placed.paragraph);
      if (!mark) {
        const { start, end, labelStart, labelEnd, para, sub } = placed.paragraph;
        const key = `${pageReport.report}${pageReport.version ? `@${pageReport.version}` : ''}:${para}${sub ?? ''}`;
        mark = { key, paragraph: placed.paragraph, start, end, range: null, nodes: [], label: { start: labelStart, end: labelEnd, range: null, nodes: [] }, positions: [], byQuote: false };
        marks.set(placed.paragraph, mark);
      }
      const position = byId.get(placed.positionId);
      if (position && !mark.positions.includes(position)) mark.positions.push(position);
      if (placed.by === 'quote') mark.byQuote = true;
    }
    paragraphs.push(...[...marks.values()].sort((a, b) => a.start - b.start));
    paragraphs.forEach(showParagraph);
    unplaced = placement.unplaced;
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
    await markParagraphs();
    publish();
    markFirstPage();
  }

  return {
    /** Reads every page, in order, annotating as it goes. */
    async run() {
      const sample = await Promise.all(samplePageNumbers(pdf.numPages).map(itemsOf));
      const readPage = createPageReader(sample);
      const metadataTitle = options.title;
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
          const headings = [metadataTitle, ...text.text.split(BLOCK_SEPARATOR).slice(0, 3)];
          pageReport = recognizeReportPage(headings, detect);
          if (pageReport) context = { report: pageReport.report, version: pageReport.version };
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
    pageDrawn(page: number) {
      if (page >= text.pageCount) return;
      const start = text.pageStart(page);
      const end = page + 1 < text.pageCount ? text.pageStart(page + 1) : text.text.length;
      for (const reference of references) if (reference.start >= start && reference.start < end) showReference(reference);
      for (const paragraph of paragraphs) if (paragraph.start >= start && paragraph.start < end) showParagraph(paragraph);
      publish();
      markFirstPage();
    },
    /** Scrolls to a reference (by id) or a report paragraph (by key), drawing its page, and opens its card. */
    async reveal(target: { id: number } | { key: string }): Promise<boolean> {
      const span = 'id' in target ? references.find((reference) => reference.id === target.id) : paragraphs.find((paragraph) => paragraph.key === target.key);
      if (!span) return false;
      const page = text.pageAt(span.start);
      view.scrollToPage(page);
      await view.ensureDrawn(page);
      this.pageDrawn(page);
      if (!span.range) return false;
      span.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ui.openAt('id' in target ? referenceTarget(span as PdfReference) : paragraphTarget(span as PdfParagraph));
      return true;
    },
    stop() {
      stopped = true;
    },
  };
}

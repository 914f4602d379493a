/**
 * One open PDF in the reader: the page column, the annotation (highlights, cards,
 * paragraph markers, reported to the background for the badge and the side panel), and
 * find-in-document. Wires lib/pdf to the page UI the content script uses.
 */
import { parseParagraphKey } from '../../lib/paragraph-key';
import { sliceTimer } from '../../lib/page/detect-in-chunks';
import { findNumberedParagraphs } from '../../lib/page/report-paragraphs';
import { createHighlighter } from '../../lib/page/highlighter';
import { mountHost } from '../../lib/page/host';
import { nodesIn, rangeFor } from '../../lib/page/text-index';
import { t } from '../../lib/i18n';
import { createDocumentText } from '../../lib/pdf/document-text';
import { createDocumentView } from '../../lib/pdf/document-view';
import { findMatches, type Match } from '../../lib/pdf/find';
import { createPageSource } from '../../lib/pdf/page-source';
import { createPdfAnnotator, type ReadProgress, type ReaderBackend } from '../../lib/annotator/pdf-integration';
import type { Position } from '../../lib/data/schema';
import type { PDFDocumentProxy } from '../../lib/pdf/pdfjs';
import type { CapturedPdf } from '../../lib/reports/keep-captured-report';
import { mountPageUi } from '../page/mount-page-ui';

/** Our own highlight name for the current find match (the shared registry's names are for references). */
export const FIND_HIGHLIGHT = 'apr-lens-find';

export interface ReaderSessionOptions {
  pdf: PDFDocumentProxy;
  container: HTMLElement;
  url: string;
  title: string;
  backend: ReaderBackend<Position>;
  onAddNote(key: string): void;
  onProgress(progress: ReadProgress): void;
  onCurrentPage(index: number): void;
  onRenderError(pageNumber: number): void;
  /** The whole PDF is read and is one of the reports: its text, for its paragraphs to be kept. */
  onReportReadWhole?(captured: CapturedPdf): void;
}

export async function openReaderSession(options: ReaderSessionOptions) {
  const { pdf } = options;
  const source = createPageSource(pdf);
  const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
  const view = createDocumentView({
    container: options.container,
    pageCount: pdf.numPages,
    defaultSize: { width: first.width, height: first.height },
    source,
    pageLabel: (pageNumber) => t('readerPageLabel', [pageNumber]),
    onPageText: (index) => annotator.pageDrawn(index),
    onCurrentPage: options.onCurrentPage,
    onRenderError: (index) => options.onRenderError(index + 1),
  });
  const text = createDocumentText();
  const host = mountHost(document);
  const highlighter = createHighlighter(document);
  const ui = mountPageUi({ doc: document, shadow: host.shadow, highlighter, onAddNote: options.onAddNote });
  const slices = sliceTimer();
  const annotator = createPdfAnnotator<Position>({
    pdf,
    source,
    url: options.url,
    title: options.title,
    text,
    view,
    highlighter,
    ui,
    backend: options.backend,
    yieldToPage: slices.yieldToPage,
    onProgress: options.onProgress,
  });
  let matchRequests = 0;
  const reading = annotator.run().then(() => {
    const pageReport = annotator.core.pageReport;
    // Only a document read to its last page is kept: a closed one would replace a whole text with a part.
    if (pageReport && text.pageCount === pdf.numPages) {
      options.onReportReadWhole?.({ text: text.text, footnotes: text.footnotes, pageReport, sourceUrl: options.url });
    }
  });
  // A printout is the document: our markers and card stay off it.
  const hideUi = () => host.element.style.setProperty('display', 'none', 'important');
  const showUi = () => host.element.style.removeProperty('display');
  window.addEventListener('beforeprint', hideUi);
  window.addEventListener('afterprint', showUi);

  /** The DOM range of a span of the document text, drawing its page first. */
  async function rangeOf(match: Match): Promise<Range | null> {
    const page = text.pageAt(match.start);
    await view.ensureDrawn(page);
    const pageView = view.view(page);
    if (!pageView) return null;
    const index = text.pageIndex(page, (item) => pageView.textNode(item));
    const offset = text.pageStart(page);
    return nodesIn(index, match.start - offset, match.end - offset).length > 0 ? rangeFor(index, match.start - offset, match.end - offset) : null;
  }

  return {
    view,
    reading,
    reveal: (target: { id: number } | { key: string }) => annotator.reveal(target),
    find: (query: string): Match[] => findMatches(text.text, query),
    /** "Open in the report": once the text is read, scrolls to a paragraph (`apr3@zero:29e`) and marks it. */
    async showParagraph(key: string): Promise<boolean> {
      await reading;
      const address = parseParagraphKey(key);
      const found = findNumberedParagraphs(text.text, { footnotes: text.footnotes }).find((each) => each.para === address?.para && each.sub === address.sub);
      if (!found) return false;
      await this.showMatch({ start: found.labelStart, end: found.end });
      return true;
    },
    /** Shows one find match: its page, scrolled to it, and our highlight on it. */
    async showMatch(match: Match | null) {
      const registry = CSS.highlights;
      // A match asked for while an earlier one was still being drawn wins: the earlier one is not shown after it.
      const request = ++matchRequests;
      if (!match) {
        registry.delete(FIND_HIGHLIGHT);
        return;
      }
      view.scrollToPage(text.pageAt(match.start));
      const range = await rangeOf(match);
      if (!range || request !== matchRequests) return;
      registry.set(FIND_HIGHLIGHT, new Highlight(range));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    /** Draws every page (only those near the view are drawn), then prints them. */
    async print() {
      for (let page = 0; page < pdf.numPages; page++) await view.ensureDrawn(page);
      window.print();
    },
    /** The PDF's bytes, as opened. */
    data: () => pdf.getData(),
    destroy() {
      window.removeEventListener('beforeprint', hideUi);
      window.removeEventListener('afterprint', showUi);
      annotator.stop();
      ui.destroy();
      highlighter.clear();
      CSS.highlights.delete(FIND_HIGHLIGHT);
      view.destroy();
      host.element.remove();
      void pdf.destroy();
    },
  };
}

export type ReaderSession = Awaited<ReturnType<typeof openReaderSession>>;

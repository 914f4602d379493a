/**
 * Wires one page's annotation: host element, highlighter, the annotator with its HTML
 * integration, page UI, mutation follower, and the background that holds the positions
 * (docs/architecture.md, rule 2).
 */
import { mountPageUi, walkKey, type PageUi } from '../../components/page/mount-page-ui';
import { ANNOTATE_MEASURE, VIEWPORT_MARK, type RevealTarget } from '../../lib/annotator/annotator-core';
import { createHtmlAnnotator, type HtmlAnnotator } from '../../lib/annotator/html-integration';
import type { Position } from '../../lib/data/schema';
import { detect, type Lang } from '../../lib/detector';
import type { ReportText } from '../../lib/data/schema';
import type { ReportId } from '../../lib/paragraph-key';
import { DEFAULT_READING_OPTIONS } from '../../lib/reading-options';
import { sliceTimer } from '../../lib/page/detect-in-chunks';
import { withoutHighlights } from '../../lib/page/highlight-filter';
import { createHighlighter, HIGHLIGHT_NAMES } from '../../lib/page/highlighter';
import { mountHost, type Host } from '../../lib/page/host';
import { followMutations } from '../../lib/page/mutation-follower';
import type { PageSummary } from '../../lib/page/page-summary';
import { pageHeadings } from '../../lib/page/recognize-report-page';
import { reportTextOf } from '../../lib/reports/capture';
import { languageOf } from '../../lib/reports/document-language';
import { recognizeReportDocument } from '../../lib/reports/recognize-report-document';

/** What the page needs from the background. */
export interface PageBackend {
  lookup(keys: string[]): Promise<Record<string, Position[]>>;
  positionsForReport(report: ReportId): Promise<Position[]>;
  report(summary: PageSummary): void;
  openNotes(key: string): void;
  /** A page that is a report: its paragraphs, to be kept (by message: this script cannot open the database). */
  captureReport(text: ReportText): void;
  /** Reading the page's changes failed (the background did not answer). */
  onFollowError(error: unknown): void;
}

const UN_LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

/**
 * Annotates the page until `signal` ends (the content script invalidated by an update or a
 * newer copy of itself): then every listener, observer and timer stops, and our host, UI
 * and highlights leave the page. Rejects with the signal's reason if it ends before the
 * first pass is done.
 */
export async function annotatePage(doc: Document, backend: PageBackend, signal: AbortSignal, options = DEFAULT_READING_OPTIONS) {
  // A User Timing measure: how long the first pass took, for DevTools and for `npm run bench`.
  const started = performance.now();
  const slices = sliceTimer();
  // Every long piece of work yields through here: after the end, it goes no further.
  const yieldToPage = async () => {
    await slices.yieldToPage();
    signal.throwIfAborted();
  };
  // Loading this script was a task of its own; the work starts in the next one.
  await yieldToPage();
  const highlighter = withoutHighlights(createHighlighter(doc), options.highlightWithoutPositions ? [] : [HIGHLIGHT_NAMES.withoutPositions]);
  // Our host element and UI join the page only once there is something to show on it.
  let shown: { host: Host; ui: PageUi } | null = null;
  const ui = (): PageUi => {
    if (!shown) {
      const host = mountHost(doc);
      shown = { host, ui: mountPageUi({ doc, shadow: host.shadow, highlighter, onAddNote: backend.openNotes, hoverCards: options.hoverCards }) };
    }
    return shown.ui;
  };
  let annotator: HtmlAnnotator<Position> | null = null;
  signal.addEventListener('abort', () => {
    shown?.ui.destroy();
    annotator?.dispose();
    highlighter.clear();
    shown?.host.element.remove();
  });
  const pageLang = doc.documentElement.lang.slice(0, 2).toLowerCase() as Lang;
  annotator = createHtmlAnnotator<Position>({
    root: doc.body,
    detect,
    lookup: (keys) => slices.idle(backend.lookup(keys)),
    positionsForReport: (report) => slices.idle(backend.positionsForReport(report)),
    pageReport: recognizeReportDocument(pageHeadings(doc), pageHeadings(doc).join(' '), detect),
    lang: UN_LANGUAGES.includes(pageLang) ? pageLang : undefined,
    onReportRead({ report, text, paragraphs }) {
      const lang = UN_LANGUAGES.includes(pageLang) ? pageLang : languageOf(text);
      const record = reportTextOf({ paragraphs, pageReport: report, lang, symbol: report.symbol ?? null, sourceUrl: doc.location.href.split('#')[0]!, format: 'html' });
      if (record) backend.captureReport(record);
    },
    highlighter,
    yieldToPage,
    onViewportShown: () => performance.mark(VIEWPORT_MARK),
  });
  const { core } = annotator;

  const publish = () => {
    const targets = core.targets();
    if (shown || targets.references.length > 0 || targets.paragraphs.length > 0) ui().update(targets);
    backend.report(core.summary(doc.location.href, doc.title));
  };

  // A page with nothing to show has no UI of ours; the keyboard walk still says there is nothing.
  const walkOnEmptyPage = (event: KeyboardEvent) => {
    const direction = walkKey(event);
    if (shown || !direction || !event.isTrusted) return;
    ui().update(core.targets());
    ui().walk(direction);
    event.preventDefault();
  };
  doc.defaultView?.addEventListener('keydown', walkOnEmptyPage, { capture: true, signal });

  await annotator.annotate();
  // Publishing (card index, badge, side panel summary) is a slice of its own.
  await yieldToPage();
  publish();
  performance.measure(ANNOTATE_MEASURE, { start: started, end: performance.now() });
  slices.report();
  const html = annotator;
  followMutations({
    root: doc.body,
    isOurs: (node) => shown !== null && shown.host.element.contains(node),
    signal,
    onChange: async (roots) => {
      await html.rescan(roots);
      publish();
    },
    onError: backend.onFollowError,
  });
  return {
    core,
    /** Scrolls to a reference (its id in the page summary) or a report paragraph (its key) and opens its card. */
    reveal(target: RevealTarget): boolean {
      const span = core.spanFor(target);
      const card = span && core.targetOf(span);
      if (!card) return false;
      card.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ui().openAt(card);
      return true;
    },
  };
}

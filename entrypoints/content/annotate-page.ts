/**
 * Wires one page's annotation: host element, highlighter, annotator, page UI, mutation
 * follower, and the background that holds the positions (DESIGN.md rule 2).
 */
import { mountPageUi, type CardTarget } from '../../components/page/mount-page-ui';
import type { CardPosition } from '../../components/PositionCard';
import { detect, type Lang } from '../../lib/detector';
import { paragraphLabel } from '../../lib/paragraph-label';
import type { ReportId } from '../../lib/paragraph-key';
import { ANNOTATE_MEASURE, createAnnotator, type AnnotationState, type PageReference, type ParagraphMark } from '../../lib/page/annotator';
import { sliceTimer, warmUpDetector } from '../../lib/page/detect-in-chunks';
import { createHighlighter } from '../../lib/page/highlighter';
import { mountHost } from '../../lib/page/host';
import { followMutations } from '../../lib/page/mutation-follower';
import { rangeContext, rangesOverlap } from '../../lib/page/mentions';
import { summarizeReferences, type PageSummary } from '../../lib/page/page-summary';
import type { PlaceablePosition } from '../../lib/page/report-paragraphs';
import { pageHeadings, recognizeReportPage } from '../../lib/page/recognize-report-page';

export type PagePosition = PlaceablePosition & CardPosition;

/** What the page needs from the background. */
export interface PageBackend {
  lookup(keys: string[]): Promise<Record<string, PagePosition[]>>;
  positionsForReport(report: ReportId): Promise<PagePosition[]>;
  report(summary: PageSummary): void;
  openNotes(key: string): void;
}

const UN_LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

export async function annotatePage(doc: Document, backend: PageBackend) {
  // A User Timing measure: how long the first pass took, for DevTools and for `npm run bench`.
  const started = performance.now();
  const slices = sliceTimer();
  // Loading this script was a task of its own; the work starts in the next one.
  await slices.yieldToPage();
  const host = mountHost(doc);
  const highlighter = createHighlighter(doc);
  const ui = mountPageUi({ doc, shadow: host.shadow, highlighter, onAddNote: backend.openNotes });
  // The detector's common patterns compile over a few slices, before it first reads the page (its headings, just below).
  await warmUpDetector(detect, slices.yieldToPage);
  const pageLang = doc.documentElement.lang.slice(0, 2).toLowerCase() as Lang;
  const annotator = createAnnotator<PagePosition>({
    doc,
    root: doc.body,
    detect,
    lookup: (keys) => slices.idle(backend.lookup(keys)),
    positionsForReport: (report) => slices.idle(backend.positionsForReport(report)),
    pageReport: recognizeReportPage(pageHeadings(doc), detect),
    lang: UN_LANGUAGES.includes(pageLang) ? pageLang : undefined,
    highlighter,
    yieldToPage: slices.yieldToPage,
  });

  const publish = (state: AnnotationState<PagePosition>) => {
    ui.update({ references: state.references.map(referenceTarget), paragraphs: state.paragraphs.map(paragraphTarget) });
    backend.report(summarise(doc, state));
  };

  const state = await annotator.annotate();
  // Publishing (card index, badge, side panel summary) is a slice of its own.
  await slices.yieldToPage();
  publish(state);
  performance.measure(ANNOTATE_MEASURE, { start: started, end: performance.now() });
  slices.report();
  const follower = followMutations({
    root: doc.body,
    ignore: host.element,
    onChange: async (roots) => publish(await annotator.rescan(roots)),
  });
  return {
    state: annotator.state,
    /** Scrolls to a reference (its id in the page summary) or a report paragraph (its key) and opens its card. */
    reveal(target: { id: number } | { key: string }): boolean {
      const card = cardFor(annotator.state, target);
      if (!card) return false;
      card.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ui.openAt(card);
      return true;
    },
    dispose() {
      follower.disconnect();
      ui.destroy();
      annotator.dispose();
    },
  };
}

function cardFor(state: AnnotationState<PagePosition>, target: { id: number } | { key: string }): CardTarget | null {
  if ('id' in target) {
    const reference = state.references.find((candidate) => candidate.id === target.id);
    return reference ? referenceTarget(reference) : null;
  }
  const mark = state.paragraphs.find((candidate) => candidate.key === target.key);
  return mark ? paragraphTarget(mark) : null;
}

function referenceTarget(reference: PageReference<PagePosition>): CardTarget {
  return { key: reference.key, label: paragraphLabel(reference.key), range: reference.range, nodes: reference.nodes, positions: reference.positions, placedByQuote: false };
}

function paragraphTarget(mark: ParagraphMark<PagePosition>): CardTarget {
  const placedByQuote = mark.positions.some((position) => !position.paragraphs.some((paragraph) => paragraph.key === mark.key));
  return { key: mark.key, label: paragraphLabel(mark.key), range: mark.labelRange, nodes: mark.nodes, positions: mark.positions, placedByQuote };
}

function summarise(doc: Document, state: AnnotationState<PagePosition>): PageSummary {
  return {
    url: doc.location.href,
    title: doc.title,
    pageReport: state.pageReport,
    ...summarizeReferences(state.references, rangesOverlap, (reference) => rangeContext(reference.range)),
    paragraphs: state.paragraphs.map((mark) => ({
      key: mark.key,
      positionIds: mark.positions.map((position) => position.id),
      byQuote: paragraphTarget(mark).placedByQuote,
    })),
    unplaced: state.unplaced.map(({ key, position }) => ({ key, positionId: position.id })),
  };
}

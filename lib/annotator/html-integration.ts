/**
 * The annotator's integration for web pages: the text is one flat index of the page's text
 * nodes, read in slices (docs/architecture.md, rule 5), and read again
 * only in the parts of the page that change.
 */
import type { DetectContext, Lang } from '../detector';
import type { ReportId } from '../paragraph-key';
import type { DetectFunction } from '../page/detect-in-chunks';
import type { Highlighter } from '../page/highlighter';
import type { PlaceablePosition } from '../page/report-paragraphs';
import { viewportTextEnd } from '../page/viewport-text';
import { createTextIndexBuilder, spanIn, type TextIndex, type TextIndexOptions } from '../page/text-index';
import { createAnnotatorCore, type AnnotatedReference, type AnnotatorCore, type PageReport, type ReportRead, type TextSegment } from './annotator-core';

export interface HtmlAnnotatorOptions<P extends PlaceablePosition> {
  root: Element;
  detect: DetectFunction;
  lookup(keys: string[]): Promise<Record<string, P[]>>;
  positionsForReport(report: ReportId): Promise<P[]>;
  /** The report the page itself is, if it is one (recognize-report-page.ts). */
  pageReport: PageReport | null;
  lang?: Lang;
  highlighter: Highlighter;
  yieldToPage(): Promise<void>;
  onReportRead?(read: ReportRead): void;
  indexOptions?: TextIndexOptions;
  /** Nodes read per slice of the text index walk. */
  nodesPerSlice?: number;
  /** Called once the references in and near the viewport are highlighted, before the rest of the page's. */
  onViewportShown?(): void;
}

export interface HtmlAnnotator<P extends PlaceablePosition> {
  core: AnnotatorCore<P>;
  /** The first, whole-page pass. */
  annotate(): Promise<void>;
  /**
   * Re-reads the given subtrees after the page changed them: references inside them, or
   * whose text is gone, are dropped and found again; the rest of the page is not read.
   */
  rescan(roots: Element[]): Promise<void>;
  dispose(): void;
}

/**
 * A text index as a segment: its spans are on screen as soon as it is read. Once its
 * references are placed the index is released: a page's whole text, and an array of all
 * its text nodes, need not live as long as the page.
 */
function indexSegment(index: TextIndex): { segment: TextSegment; release(): void } {
  let held: TextIndex | null = index;
  return {
    segment: { locate: (start, end) => (held ? spanIn(held, start, end) : null) },
    release() {
      held = null;
      // The engine keeps the subject of the last regular expression match (RegExp.input):
      // matching an empty string lets the page's text go too.
      EMPTY.exec('');
    },
  };
}

const EMPTY = /(?:)/;

/** Text beyond the viewport worth a pass of its own: below this, one pass costs less than two. */
const VIEWPORT_FIRST_MIN_REST = 50_000;

export function createHtmlAnnotator<P extends PlaceablePosition>(options: HtmlAnnotatorOptions<P>): HtmlAnnotator<P> {
  const core = createAnnotatorCore<P>(options);
  core.pageReport = options.pageReport;

  async function readIndex(root: Node): Promise<TextIndex> {
    const builder = createTextIndexBuilder(root, options.indexOptions);
    while (!builder.step(options.nodesPerSlice ?? 1000)) await options.yieldToPage();
    return builder.result();
  }

  const context = (report: ReportId | null): DetectContext => ({
    lang: options.lang,
    report: core.pageReport?.report ?? report,
    version: core.pageReport?.version ?? null,
  });

  return {
    core,
    async annotate() {
      const index = await readIndex(options.root);
      const { segment, release } = indexSegment(index);
      // What the reader sees first is highlighted first; the rest of a long page follows.
      const view = options.root.ownerDocument.defaultView;
      let cut = view ? viewportTextEnd(index, view) : index.text.length;
      if (index.text.length - cut < VIEWPORT_FIRST_MIN_REST) cut = index.text.length;
      const first = await core.detect(segment, index.text.slice(0, cut), context(null));
      options.onViewportShown?.();
      if (cut < index.text.length) {
        const carried = core.pageReport ? context(null) : { ...context(null), ...first.discussed };
        await core.detect(segment, index.text.slice(cut), carried, cut);
      }
      // A text that changed while it was read leaves references with no place: they are not shown.
      core.dropReferences((reference) => reference.located === null);
      await core.markParagraphs(segment, index.text);
      release();
    },
    async rescan(roots) {
      core.dropReferences((reference) => {
        const range = reference.located?.range;
        return !range || range.collapsed || roots.some((root) => root.contains(range.commonAncestorContainer));
      });
      const reports = roots.map((root) => lastReportBefore(core.references, root));
      for (const [i, root] of roots.entries()) {
        if (!root.isConnected) continue;
        const index = await readIndex(root);
        const { segment, release } = indexSegment(index);
        await core.detect(segment, index.text, context(reports[i] ?? null));
        release();
      }
      core.dropReferences((reference) => reference.located === null);
      core.sortReferences((a, b) => a.located!.range.compareBoundaryPoints(Range.START_TO_START, b.located!.range));
    },
    dispose: () => core.dispose(),
  };
}

/** For text added later: the report of the last APR reference before it on the page. */
function lastReportBefore(references: readonly AnnotatedReference<unknown>[], root: Element): ReportId | null {
  let report: ReportId | null = null;
  for (const reference of references) {
    if (!reference.located) continue;
    const position = root.compareDocumentPosition(reference.located.range.startContainer);
    if (!(position & Node.DOCUMENT_POSITION_PRECEDING)) break;
    const candidate = reference.ref.report;
    if (candidate && candidate !== 'other') report = candidate;
  }
  return report;
}

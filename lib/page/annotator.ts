/**
 * Annotates one document: one text index, one detector pass, one lookup, highlights
 * (DESIGN.md rules 4 and 5); then re-reads only the parts of the page that change.
 */
import { paragraphKeyOf, type DetectContext, type Reference } from '../detector';
import type { ReportId } from '../paragraph-key';
import { detectInChunks, type DetectFunction } from './detect-in-chunks';
import { HIGHLIGHT_NAMES, type Highlighter } from './highlighter';
import {
  findNumberedParagraphs,
  placePositions,
  type NumberedParagraph,
  type PlaceablePosition,
} from './report-paragraphs';
import { createTextIndexBuilder, nodesIn, rangeFor, type TextIndex, type TextIndexOptions } from './text-index';

/** The User Timing measure of a page's first annotation pass. */
export const ANNOTATE_MEASURE = 'apr-lens:annotate';

/** References mapped to ranges, or highlighted, between two yields. */
const HIGHLIGHTS_PER_SLICE = 1000;

export interface PageReport {
  report: ReportId;
  version: string | null;
}

export interface PageReference<P> {
  id: number;
  ref: Reference;
  /** Paragraph key the positions were looked up by (`apr3@zero:29e`, `?:5`). */
  key: string;
  range: Range;
  /** The text nodes the range covers: where pointer hits are looked up. */
  nodes: Text[];
  positions: P[];
}

export interface ParagraphMark<P> {
  paragraph: NumberedParagraph;
  key: string;
  range: Range;
  labelRange: Range;
  nodes: Text[];
  positions: P[];
}

export interface AnnotationState<P> {
  pageReport: PageReport | null;
  /** APR references in document order (those to other documents, or to no known report, are left out). */
  references: PageReference<P>[];
  paragraphs: ParagraphMark<P>[];
  /** Positions on this report that could not be placed on this version. */
  unplaced: { key: string; position: P }[];
}

export interface AnnotatorOptions<P extends PlaceablePosition> {
  doc: Document;
  root: Element;
  detect: DetectFunction;
  lookup(keys: string[]): Promise<Record<string, P[]>>;
  positionsForReport(report: ReportId): Promise<P[]>;
  pageReport: PageReport | null;
  lang?: DetectContext['lang'];
  highlighter: Highlighter;
  yieldToPage(): Promise<void>;
  indexOptions?: TextIndexOptions;
  /** Nodes read per slice of the text index walk. */
  nodesPerSlice?: number;
}

export function createAnnotator<P extends PlaceablePosition>(options: AnnotatorOptions<P>) {
  const { highlighter } = options;
  let nextId = 1;
  const state: AnnotationState<P> = { pageReport: options.pageReport, references: [], paragraphs: [], unplaced: [] };

  async function readIndex(root: Node): Promise<TextIndex> {
    const builder = createTextIndexBuilder(root, options.indexOptions);
    while (!builder.step(options.nodesPerSlice ?? 1000)) await options.yieldToPage();
    return builder.result();
  }

  async function referencesIn(index: TextIndex, context: DetectContext): Promise<PageReference<P>[]> {
    const detection = await detectInChunks(index.text, context, options.detect, options.yieldToPage);
    const found: PageReference<P>[] = [];
    for (let i = 0; i < detection.refs.length; i++) {
      const ref = detection.refs[i]!;
      if (i % HIGHLIGHTS_PER_SLICE === HIGHLIGHTS_PER_SLICE - 1) await options.yieldToPage();
      const key = paragraphKeyOf(ref);
      // Precision first: a paragraph number whose report is unknown is not highlighted.
      if (!key || key.startsWith('?')) continue;
      const range = rangeFor(index, ref.start, ref.end);
      if (!range) continue;
      found.push({ id: nextId++, ref, key, range, nodes: nodesIn(index, ref.start, ref.end), positions: [] });
    }
    const keys = [...new Set(found.map((reference) => reference.key))];
    const positions = keys.length ? await options.lookup(keys) : {};
    for (let i = 0; i < found.length; i++) {
      const reference = found[i]!;
      reference.positions = positions[reference.key] ?? [];
      highlighter.add(highlightNameOf(reference), reference.range);
      if (i % HIGHLIGHTS_PER_SLICE === HIGHLIGHTS_PER_SLICE - 1) await options.yieldToPage();
    }
    return found;
  }

  async function markParagraphs(index: TextIndex, pageReport: PageReport) {
    const paragraphs = findNumberedParagraphs(index.text);
    if (paragraphs.length === 0) return;
    const positions = await options.positionsForReport(pageReport.report);
    const byId = new Map(positions.map((position) => [position.id, position]));
    const { placed, unplaced } = placePositions(index.text, paragraphs, positions, pageReport);
    const marks = new Map<NumberedParagraph, ParagraphMark<P>>();
    for (const placement of placed) {
      const position = byId.get(placement.positionId)!;
      let mark = marks.get(placement.paragraph);
      if (!mark) {
        const { start, end, labelStart, labelEnd, para, sub } = placement.paragraph;
        const range = rangeFor(index, start, end);
        const labelRange = rangeFor(index, labelStart, labelEnd);
        if (!range || !labelRange) continue;
        const key = `${pageReport.report}${pageReport.version ? `@${pageReport.version}` : ''}:${para}${sub ?? ''}`;
        mark = { paragraph: placement.paragraph, key, range, labelRange, nodes: nodesIn(index, start, end), positions: [] };
        marks.set(placement.paragraph, mark);
        highlighter.add(HIGHLIGHT_NAMES.paragraph, range);
      }
      if (!mark.positions.includes(position)) mark.positions.push(position);
    }
    // In document order, as Tab, the keyboard walk and the side panel read them.
    state.paragraphs = [...marks.values()].sort((a, b) => a.paragraph.start - b.paragraph.start);
    state.unplaced = unplaced.map(({ key, positionId }) => ({ key, position: byId.get(positionId)! }));
  }

  return {
    state,
    /** The first, whole-page pass. */
    async annotate(): Promise<AnnotationState<P>> {
      const index = await readIndex(options.root);
      const context: DetectContext = { lang: options.lang, report: state.pageReport?.report ?? null, version: state.pageReport?.version ?? null };
      state.references = await referencesIn(index, context);
      if (state.pageReport) await markParagraphs(index, state.pageReport);
      return state;
    },
    /**
     * Re-reads the given subtrees after the page changed them: references inside them, or
     * whose text is gone, are dropped and found again; the rest of the page is not read.
     */
    async rescan(roots: Element[]): Promise<AnnotationState<P>> {
      const kept: PageReference<P>[] = [];
      for (const reference of state.references) {
        const stale = reference.range.collapsed || roots.some((root) => root.contains(reference.range.commonAncestorContainer));
        if (stale) highlighter.delete(highlightNameOf(reference), reference.range);
        else kept.push(reference);
      }
      const added: PageReference<P>[] = [];
      for (const root of roots) {
        if (!root.isConnected) continue;
        const context: DetectContext = {
          lang: options.lang,
          report: state.pageReport?.report ?? lastReportBefore(kept, root),
          version: state.pageReport?.version ?? null,
        };
        added.push(...(await referencesIn(await readIndex(root), context)));
      }
      state.references = [...kept, ...added].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return state;
    },
    dispose() {
      highlighter.clear();
      state.references = [];
      state.paragraphs = [];
    },
  };
}

export function highlightNameOf(reference: { positions: unknown[] }) {
  return reference.positions.length > 0 ? HIGHLIGHT_NAMES.withPositions : HIGHLIGHT_NAMES.withoutPositions;
}

/** For text added later: the report of the last APR reference before it on the page. */
function lastReportBefore(references: PageReference<unknown>[], root: Element): ReportId | null {
  let report: ReportId | null = null;
  for (const reference of references) {
    const position = root.compareDocumentPosition(reference.range.startContainer);
    if (!(position & Node.DOCUMENT_POSITION_PRECEDING)) break;
    const candidate = reference.ref.report;
    if (candidate && candidate !== 'other') report = candidate;
  }
  return report;
}

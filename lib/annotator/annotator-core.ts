/**
 * One annotator for every kind of document (docs/architecture.md, "The annotator"): it owns
 * the references, a report's own paragraphs, their positions, the card targets and the
 * summary the background shows. An integration per document kind (html-integration.ts,
 * pdf-integration.ts) says only how the text is read and where a span of it is on screen.
 */
import { paragraphKeyOf, type DetectContext, type Discussed, type Reference, type ReportMention } from '../detector';
import { formatParagraphKey, type ReportId } from '../paragraph-key';
import type { VersionReading } from '../reports/document-version';
import { paragraphLabel } from '../paragraph-label';
import { detectInChunks, type DetectFunction } from '../page/detect-in-chunks';
import { HIGHLIGHT_NAMES, type HighlightName, type Highlighter } from '../page/highlighter';
import { contextAround, offsetsOverlap } from '../page/mentions';
import { MAX_LISTED, summarizeReferences, type PageSummary } from '../page/page-summary';
import {
  findNumberedParagraphs,
  placePositions,
  type NumberedParagraph,
  type PlaceablePosition,
} from '../page/report-paragraphs';

/** The User Timing measure of a page's first annotation pass. */
export const ANNOTATE_MEASURE = 'apr-lens:annotate';
/** The User Timing mark set once the references in the viewport are highlighted. */
export const VIEWPORT_MARK = 'apr-lens:viewport';

/** References placed on screen (their DOM ranges made) between two yields. */
const HIGHLIGHTS_PER_SLICE = 1000;
/** Keys per lookup message: the background refuses larger ones. */
export const LOOKUP_BATCH = 2000;
/** A page title or a reference's words, as long as the summary keeps them (its schema's bounds). */
const MAX_TITLE = 2048;

/** The report (and version) a document is. */
export interface PageReport {
  report: ReportId;
  version: string | null;
  /** How the version was read (the document's own words, its symbol), where its first page was read. */
  reading?: VersionReading;
  /** The report's symbol as the document shows it. */
  symbol?: string | null;
}

/** Where a span of text is on screen: its DOM range and the text nodes it covers (for pointer hits). */
export interface Located {
  range: Range;
  nodes: Text[];
}

/**
 * A stretch of text an integration has read (a page's text index, a subtree read again, a
 * PDF's text so far). Offsets of the spans in it are offsets in its text.
 */
export interface TextSegment {
  /** The span [start, end) on screen, or null where it is not drawn (yet). */
  locate(start: number, end: number): Located | null;
}

interface Span {
  segment: TextSegment;
  start: number;
  end: number;
  located: Located | null;
}

export interface AnnotatedReference<P> extends Span {
  id: number;
  ref: Reference;
  /** Paragraph key the positions were looked up by (`apr3@zero:29e`). */
  key: string;
  positions: P[];
  /** A few words either side, read while the text is at hand (a page's text is released after). */
  context: { before: string; after: string };
}

const NO_CONTEXT = { before: '', after: '' };

export interface AnnotatedParagraph<P> extends Span {
  key: string;
  paragraph: NumberedParagraph;
  /** Its number or letter: where its card is anchored and its margin marker goes. */
  label: Span;
  positions: P[];
  /** At least one position was placed by its quote, not by its number. */
  byQuote: boolean;
}

/** What a card opens on: a reference, or a report paragraph by its label. */
export interface CardTarget<P> {
  key: string;
  label: string;
  range: Range;
  nodes: Text[];
  positions: P[];
  placedByQuote: boolean;
}

/**
 * A report's own text, read from the document: the place where what a report says is taken
 * from the document the user reads (its text and the numbered paragraphs found in it).
 */
export interface ReportRead {
  report: PageReport;
  text: string;
  paragraphs: NumberedParagraph[];
}

export interface AnnotatorCoreOptions<P extends PlaceablePosition> {
  detect: DetectFunction;
  lookup(keys: string[]): Promise<Record<string, P[]>>;
  positionsForReport(report: ReportId): Promise<P[]>;
  highlighter: Highlighter;
  yieldToPage(): Promise<void>;
  /** Keys per lookup message (LOOKUP_BATCH unless a test asks for fewer). */
  lookupBatch?: number;
  /** Called each time the paragraphs of a document that is a report have been read. */
  onReportRead?(read: ReportRead): void;
}

export type AnnotatorCore<P extends PlaceablePosition> = ReturnType<typeof createAnnotatorCore<P>>;

export function createAnnotatorCore<P extends PlaceablePosition>(options: AnnotatorCoreOptions<P>) {
  const { highlighter } = options;
  let references: AnnotatedReference<P>[] = [];
  let paragraphs: AnnotatedParagraph<P>[] = [];
  let unplaced: { key: string; position: P }[] = [];
  let pageReport: PageReport | null = null;
  const positionsByKey = new Map<string, P[]>();
  let reportPositions: Promise<P[]> | null = null;
  let nextId = 1;
  // A page names the same few paragraphs again and again; a label is worded once per key.
  const labels = new Map<string, string>();
  const labelOf = (key: string) => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = paragraphLabel(key)));
    return label;
  };

  /** Positions of every key not asked for yet, in messages the background accepts. */
  async function lookUp(keys: string[]) {
    const missing = [...new Set(keys)].filter((key) => !positionsByKey.has(key));
    const size = options.lookupBatch ?? LOOKUP_BATCH;
    for (let from = 0; from < missing.length; from += size) {
      const batch = missing.slice(from, from + size);
      const found = await options.lookup(batch);
      for (const key of batch) positionsByKey.set(key, found[key] ?? []);
    }
  }

  /** Gives a span its place on screen, if it has one now, and highlights it there. */
  function show(span: Span, name: HighlightName): boolean {
    if (span.located) return true;
    span.located = span.segment.locate(span.start, span.end);
    if (span.located) highlighter.add(name, span.located.range);
    return span.located !== null;
  }

  function showParagraph(paragraph: AnnotatedParagraph<P>) {
    if (paragraph.located) return;
    paragraph.label.located ??= paragraph.label.segment.locate(paragraph.label.start, paragraph.label.end);
    if (paragraph.label.located) show(paragraph, HIGHLIGHT_NAMES.paragraph);
  }

  function referenceTarget(reference: AnnotatedReference<P>): CardTarget<P> | null {
    if (!reference.located) return null;
    const { range, nodes } = reference.located;
    return { key: reference.key, label: labelOf(reference.key), range, nodes, positions: reference.positions, placedByQuote: false };
  }

  function paragraphTarget(paragraph: AnnotatedParagraph<P>): CardTarget<P> | null {
    if (!paragraph.located || !paragraph.label.located) return null;
    return {
      key: paragraph.key,
      label: labelOf(paragraph.key),
      range: paragraph.label.located.range,
      nodes: paragraph.located.nodes,
      positions: paragraph.positions,
      placedByQuote: paragraph.byQuote,
    };
  }

  const isTarget = (target: CardTarget<P> | null): target is CardTarget<P> => target !== null;

  return {
    get pageReport() {
      return pageReport;
    },
    set pageReport(report: PageReport | null) {
      pageReport = report;
    },
    /** APR references in the order the integration keeps them (document order). */
    get references(): readonly AnnotatedReference<P>[] {
      return references;
    },
    get paragraphs(): readonly AnnotatedParagraph<P>[] {
      return paragraphs;
    },
    get unplaced(): readonly { key: string; position: P }[] {
      return unplaced;
    },

    /**
     * Finds the references in one segment's text, looks their positions up and highlights
     * those on screen. References to other documents, and paragraph numbers whose report is
     * unknown, are left out: a wrong highlight costs the reader's trust. `text` starts at
     * `offset` in the segment (a PDF's text read since the last call).
     */
    async detect(
      segment: TextSegment,
      text: string,
      context: DetectContext,
      offset = 0,
    ): Promise<{ added: AnnotatedReference<P>[]; mentions: ReportMention[]; discussed: Discussed }> {
      const detection = await detectInChunks(text, context, options.detect, options.yieldToPage);
      const added: AnnotatedReference<P>[] = [];
      for (const ref of detection.refs) {
        const key = paragraphKeyOf(ref);
        if (!key || key.startsWith('?')) continue;
        ref.surface = ownCopy(ref.surface);
        // Only the references a summary lists keep their context (a hostile page has 100,000).
        const context = added.length < MAX_LISTED ? contextAround(text, ref.start, ref.end) : NO_CONTEXT;
        added.push({ id: nextId++, ref, key, segment, start: ref.start + offset, end: ref.end + offset, located: null, positions: [], context });
      }
      await lookUp(added.map((reference) => reference.key));
      // Ranges are worked out between yields, and handed to the highlights in one step: each
      // change to a highlight between two frames would cost the page a style pass of its own.
      const ranges = new Map<HighlightName, Range[]>();
      for (let i = 0; i < added.length; i++) {
        const reference = added[i]!;
        reference.positions = positionsByKey.get(reference.key) ?? [];
        reference.located = segment.locate(reference.start, reference.end);
        if (reference.located) {
          const name = highlightNameOf(reference);
          const list = ranges.get(name);
          if (list) list.push(reference.located.range);
          else ranges.set(name, [reference.located.range]);
        }
        if (i % HIGHLIGHTS_PER_SLICE === HIGHLIGHTS_PER_SLICE - 1) await options.yieldToPage();
      }
      for (const [name, list] of ranges) for (const range of list) highlighter.add(name, range);
      references.push(...added);
      return { added, mentions: detection.mentions, discussed: detection.discussed };
    },

    /**
     * Marks a report's own numbered paragraphs that carry positions, over all its text read
     * so far (`text` is `segment`'s); marks from an earlier call are replaced.
     */
    async markParagraphs(segment: TextSegment, text: string) {
      if (!pageReport) return;
      const report = pageReport;
      const numbered = findNumberedParagraphs(text);
      options.onReportRead?.({ report, text, paragraphs: numbered });
      if (numbered.length === 0) return;
      const positions = await (reportPositions ??= options.positionsForReport(report.report));
      const byId = new Map(positions.map((position) => [position.id, position]));
      const placement = placePositions(text, numbered, positions, report);
      for (const paragraph of paragraphs) {
        if (paragraph.located) highlighter.delete(HIGHLIGHT_NAMES.paragraph, paragraph.located.range);
      }
      const marks = new Map<NumberedParagraph, AnnotatedParagraph<P>>();
      for (const placed of placement.placed) {
        let mark = marks.get(placed.paragraph);
        if (!mark) {
          const { start, end, labelStart, labelEnd, para, sub } = placed.paragraph;
          const key = formatParagraphKey({ report: report.report, version: report.version, para, sub });
          const label = { segment, start: labelStart, end: labelEnd, located: null };
          mark = { key, paragraph: placed.paragraph, segment, start, end, located: null, label, positions: [], byQuote: false };
          marks.set(placed.paragraph, mark);
        }
        const position = byId.get(placed.positionId);
        if (position && !mark.positions.includes(position)) mark.positions.push(position);
        if (placed.by === 'quote') mark.byQuote = true;
      }
      paragraphs = [...marks.values()].sort((a, b) => a.start - b.start);
      paragraphs.forEach(showParagraph);
      unplaced = placement.unplaced.flatMap(({ key, positionId }) => {
        const position = byId.get(positionId);
        return position ? [{ key, position }] : [];
      });
    },

    /** Highlights what lies in [start, end) of a segment, now that it is drawn (a PDF page). */
    showIn(segment: TextSegment, start: number, end: number) {
      for (const reference of references) {
        if (reference.segment === segment && reference.start >= start && reference.start < end) show(reference, highlightNameOf(reference));
      }
      for (const paragraph of paragraphs) {
        if (paragraph.segment === segment && paragraph.start >= start && paragraph.start < end) showParagraph(paragraph);
      }
    },

    /** Drops the references `stale` picks (their text changed or is gone), with their highlights. */
    dropReferences(stale: (reference: AnnotatedReference<P>) => boolean) {
      references = references.filter((reference) => {
        if (!stale(reference)) return true;
        if (reference.located) highlighter.delete(highlightNameOf(reference), reference.located.range);
        return false;
      });
    },

    /** Puts the references in document order after parts of it were read again. */
    sortReferences(compare: (a: AnnotatedReference<P>, b: AnnotatedReference<P>) => number) {
      references.sort(compare);
    },

    /** The cards of everything on screen. */
    targets(): { references: CardTarget<P>[]; paragraphs: CardTarget<P>[] } {
      return { references: references.map(referenceTarget).filter(isTarget), paragraphs: paragraphs.map(paragraphTarget).filter(isTarget) };
    },

    /** The span a reveal asks for: a reference by its id in the summary, or a report paragraph by its key. */
    spanFor(target: RevealTarget): AnnotatedReference<P> | AnnotatedParagraph<P> | null {
      if ('id' in target) return references.find((reference) => reference.id === target.id) ?? null;
      return paragraphs.find((paragraph) => paragraph.key === target.key) ?? null;
    },

    /** The card of a span, once it is on screen. */
    targetOf(span: AnnotatedReference<P> | AnnotatedParagraph<P>): CardTarget<P> | null {
      return 'ref' in span ? referenceTarget(span) : paragraphTarget(span);
    },

    /**
     * What the badge, the popup and the side panel show of this document: on a huge page,
     * its first MAX_LISTED references and how many there are.
     */
    summary(url: string, title: string): PageSummary {
      return {
        url,
        title: title.slice(0, MAX_TITLE),
        // The summary's report is what it is, not how its version was read.
        pageReport: pageReport && { report: pageReport.report, version: pageReport.version },
        ...summarizeReferences(references, (a, b) => a.segment === b.segment && offsetsOverlap(a, b), (reference) => reference.context),
        paragraphs: paragraphs.slice(0, MAX_LISTED).map((paragraph) => ({
          key: paragraph.key,
          positionIds: paragraph.positions.map((position) => position.id),
          byQuote: paragraph.byQuote,
        })),
        unplaced: unplaced.slice(0, MAX_LISTED).map(({ key, position }) => ({ key, positionId: position.id })),
      };
    },

    dispose() {
      highlighter.clear();
      references = [];
      paragraphs = [];
      unplaced = [];
    },
  };
}

/**
 * A string that does not hold on to the text it was cut from: the engine keeps a slice of a
 * long string as a view into it, so a few kept surfaces would keep a whole page's text alive.
 */
function ownCopy(value: string): string {
  return ` ${value}`.slice(1);
}

/** A reference by its id in the page summary, or a report paragraph by its key. */
export type RevealTarget = { id: number } | { key: string };

export function highlightNameOf(reference: { positions: unknown[] }): HighlightName {
  return reference.positions.length > 0 ? HIGHLIGHT_NAMES.withPositions : HIGHLIGHT_NAMES.withoutPositions;
}

/**
 * What a document reports to the background about its annotation: the badge, the popup and
 * the side panel read it. The schema is the type and what the background checks, whole.
 * A huge page lists its first MAX_LISTED references and says how many it has: the summary
 * must fit the browser's session storage, and the views have no use for 100,000 rows.
 */
import * as v from 'valibot';
import { parseParagraphKey, REPORT_IDS } from '../paragraph-key';
import { mentionIndexes } from './mentions';

/** References, paragraphs and unplaced positions listed at most, each. */
export const MAX_LISTED = 5000;

export const ParagraphKeySchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((key) => parseParagraphKey(key) !== null, 'not a paragraph key'),
);

const Id = v.pipe(v.string(), v.maxLength(200));
const PositionIds = v.pipe(v.array(Id), v.maxLength(1000));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A reference's words, and the words around it (contextAround gives about 50 either side). */
const MAX_SURFACE = 500;
const Context = v.pipe(v.string(), v.maxLength(200));

export const PageSummarySchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2048)),
  pageReport: v.nullable(v.strictObject({ report: v.picklist(REPORT_IDS), version: v.nullable(v.pipe(v.string(), v.maxLength(32))) })),
  /** How many APR references the page has; `references` lists the first MAX_LISTED of them. */
  referenceCount: Count,
  /** How many times the page mentions APR paragraphs, a range ("paras 28–30") counting once: the badge and the popup show it. */
  mentions: Count,
  /**
   * APR references in document order, by paragraph key; `mention` numbers the mention each
   * belongs to (the references of a range share one), `before` and `after` are a few words around it.
   */
  references: v.pipe(
    v.array(
      v.strictObject({
        id: Count,
        key: ParagraphKeySchema,
        surface: v.pipe(v.string(), v.maxLength(MAX_SURFACE)),
        positionIds: PositionIds,
        mention: Count,
        before: Context,
        after: Context,
      }),
    ),
    v.maxLength(MAX_LISTED),
  ),
  /** A report page's paragraphs that carry positions. */
  paragraphs: v.pipe(v.array(v.strictObject({ key: ParagraphKeySchema, positionIds: PositionIds, byQuote: v.boolean() })), v.maxLength(MAX_LISTED)),
  /** Positions on this report that could not be placed on this version. */
  unplaced: v.pipe(v.array(v.strictObject({ key: ParagraphKeySchema, positionId: Id })), v.maxLength(MAX_LISTED)),
});

export type PageSummary = v.InferOutput<typeof PageSummarySchema>;
export type SummaryReference = PageSummary['references'][number];

/** Whether the page had more references than its summary lists. */
export function listedInPart(summary: PageSummary): boolean {
  return summary.referenceCount > summary.references.length;
}

interface FoundReference {
  id: number;
  key: string;
  ref: { surface: string };
  positions: { id: string }[];
}

/**
 * The summary's references (the first MAX_LISTED), their count and the count of mentions,
 * from a page's or a PDF's references in document order.
 */
export function summarizeReferences<T extends FoundReference>(
  references: readonly T[],
  overlaps: (earlier: T, later: T) => boolean,
  contextOf: (reference: T) => { before: string; after: string },
): Pick<PageSummary, 'referenceCount' | 'mentions' | 'references'> {
  const mentions = mentionIndexes(references, overlaps);
  return {
    referenceCount: references.length,
    mentions: (mentions.at(-1) ?? -1) + 1,
    references: references.slice(0, MAX_LISTED).map((reference, i) => ({
      id: reference.id,
      key: reference.key,
      surface: reference.ref.surface.slice(0, MAX_SURFACE),
      positionIds: reference.positions.map((position) => position.id),
      mention: mentions[i]!,
      ...contextOf(reference),
    })),
  };
}

/**
 * What a document reports to the background about its annotation: the badge, the popup and
 * the side panel read it. The schema is the type and what the background checks, whole.
 * A huge page lists its first MAX_LISTED references and says how many it has: the summary
 * must fit the browser's session storage, and the views have no use for 100,000 rows.
 */
import * as v from 'valibot';
import { parseParagraphKey, REPORT_IDS } from '../paragraph-key';

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

export const PageSummarySchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2048)),
  pageReport: v.nullable(v.strictObject({ report: v.picklist(REPORT_IDS), version: v.nullable(v.pipe(v.string(), v.maxLength(32))) })),
  /** How many APR references the page has; `references` lists the first MAX_LISTED of them. */
  referenceCount: Count,
  /** APR references in document order, by paragraph key. */
  references: v.pipe(
    v.array(v.strictObject({ id: Count, key: ParagraphKeySchema, surface: v.pipe(v.string(), v.maxLength(500)), positionIds: PositionIds })),
    v.maxLength(MAX_LISTED),
  ),
  /** A report page's paragraphs that carry positions. */
  paragraphs: v.pipe(v.array(v.strictObject({ key: ParagraphKeySchema, positionIds: PositionIds, byQuote: v.boolean() })), v.maxLength(MAX_LISTED)),
  /** Positions on this report that could not be placed on this version. */
  unplaced: v.pipe(v.array(v.strictObject({ key: ParagraphKeySchema, positionId: Id })), v.maxLength(MAX_LISTED)),
});

export type PageSummary = v.InferOutput<typeof PageSummarySchema>;

/** Whether the page had more references than its summary lists. */
export function listedInPart(summary: PageSummary): boolean {
  return summary.referenceCount > summary.references.length;
}

/** What a page reports to the background about its annotation: the badge, the popup and the side panel read it. */
import type { ReportId } from '../paragraph-key';

export interface PageSummary {
  url: string;
  title: string;
  pageReport: { report: ReportId; version: string | null } | null;
  /** Every APR reference in document order, by paragraph key. */
  references: { id: number; key: string; surface: string; positionIds: string[] }[];
  /** A report page's paragraphs that carry positions. */
  paragraphs: { key: string; positionIds: string[]; byQuote: boolean }[];
  /** Positions on this report that could not be placed on this version. */
  unplaced: { key: string; positionId: string }[];
}

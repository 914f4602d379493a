/** What a page reports to the background about its annotation: the badge, the popup and the side panel read it. */
import type { ReportId } from '../paragraph-key';
import { mentionIndexes } from './mentions';

export interface SummaryReference {
  id: number;
  key: string;
  surface: string;
  positionIds: string[];
  /** The mention it belongs to: the references of a range ("paras 28–30") share one. */
  mention: number;
  /** A few words either side, to tell one mention from another in a list. */
  before: string;
  after: string;
}

export interface PageSummary {
  url: string;
  title: string;
  pageReport: { report: ReportId; version: string | null } | null;
  /** How many times the page mentions APR paragraphs, a range counting once: the badge and the popup show it. */
  mentions: number;
  /** Every APR reference in document order, by paragraph key. */
  references: SummaryReference[];
  /** A report page's paragraphs that carry positions. */
  paragraphs: { key: string; positionIds: string[]; byQuote: boolean }[];
  /** Positions on this report that could not be placed on this version. */
  unplaced: { key: string; positionId: string }[];
}

interface FoundReference {
  id: number;
  key: string;
  ref: { surface: string };
  positions: { id: string }[];
}

/** The summary's references and mention count, from a page's or a PDF's references in document order. */
export function summarizeReferences<T extends FoundReference>(
  references: readonly T[],
  overlaps: (earlier: T, later: T) => boolean,
  contextOf: (reference: T) => { before: string; after: string },
): Pick<PageSummary, 'mentions' | 'references'> {
  const mentions = mentionIndexes(references, overlaps);
  return {
    mentions: (mentions.at(-1) ?? -1) + 1,
    references: references.map((reference, i) => ({
      id: reference.id,
      key: reference.key,
      surface: reference.ref.surface,
      positionIds: reference.positions.map((position) => position.id),
      mention: mentions[i]!,
      ...contextOf(reference),
    })),
  };
}

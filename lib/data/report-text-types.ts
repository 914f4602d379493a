/**
 * The types of the report texts as the store, the lookups and the views pass them: apart
 * from the data module, so that what the content script bundles never reaches the database.
 */
import type { ConcordanceKind } from '../reports/concordance';
import type { TopicalPosition } from '../reports/topical';
import type { ReportParagraph, ReportText } from './schema';

export type StoredReportText = ReportText & { id: string };

/** What the side panel lists: a known report version, without its paragraphs. */
export type ReportTextSummary = Omit<StoredReportText, 'paragraphs'> & { paragraphCount: number };

/** Where a paragraph's text is in another known version of its report (by the concordance of their texts). */
export interface Elsewhere {
  version: string;
  /** `26e`; several where it was split, none where it was dropped. */
  units: string[];
  similarity: number;
  kind: ConcordanceKind;
}

/** A paragraph's text as a card shows it: the paragraph (with its sub-paragraphs, for a paragraph), where it was read, and where it is in the other known versions. */
export type ParagraphText = ReportParagraph &
  Pick<ReportText, 'report' | 'version' | 'lang' | 'symbol' | 'sourceUrl' | 'format'> & {
    subs: { sub: string; text: string }[];
    elsewhere: Elsewhere[];
    /** Where no position cites it: positions on its section's themes, by likeness of words (lib/reports/topical.ts). */
    topical: TopicalPosition[];
  };

export type SaveResult = { ok: true; id: string; paragraphs: number } | { ok: false; reason: string };


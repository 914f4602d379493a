/**
 * A report's text as the store keeps it, from a document recognised as the report: every
 * numbered paragraph and sub-paragraph read by findNumberedParagraphs (the same reading
 * that places the margin markers), with where and when it was read.
 */
import type { ReportText } from '../data/schema';
import type { PageReport } from '../annotator/annotator-core';
import type { NumberedParagraph } from '../page/report-paragraphs';
import type { UnLanguage } from './document-language';

export interface CaptureInput {
  /** The document's paragraphs as findNumberedParagraphs read them. */
  paragraphs: readonly NumberedParagraph[];
  pageReport: PageReport;
  lang: UnLanguage;
  symbol: string | null;
  sourceUrl: string;
  format: ReportText['format'];
  now?: Date;
}

/** The record to store, or null where there is nothing to keep: an unknown version, no paragraph. */
export function reportTextOf(input: CaptureInput): ReportText | null {
  if (!input.pageReport.version) return null;
  const paragraphs = input.paragraphs.map(({ para, sub, heading, text, leadIn }) => ({ para, sub, heading, text, leadIn }));
  if (paragraphs.length === 0) return null;
  return {
    report: input.pageReport.report,
    version: input.pageReport.version,
    lang: input.lang,
    symbol: input.symbol,
    sourceUrl: input.sourceUrl,
    format: input.format,
    captured: (input.now ?? new Date()).toISOString(),
    paragraphs,
  };
}

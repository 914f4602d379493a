/**
 * A report's text as the store keeps it, from a document recognised as the report: every
 * numbered paragraph and sub-paragraph read by findNumberedParagraphs (the same reading
 * that places the margin markers), with where and when it was read.
 */
import type { Database } from '../data/db';
import { saveReportText, type SaveResult } from '../data/report-texts';
import type { ReportText } from '../data/schema';
import type { PageReport } from '../annotator/annotator-core';
import { findNumberedParagraphs, type NumberedParagraph } from '../page/report-paragraphs';
import { languageOf, type UnLanguage } from './document-language';

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

/** A PDF read in the reader (an extension page, which may open the database): kept in its language. */
export async function keepCapturedReport(db: Database, captured: CapturedPdf): Promise<SaveResult> {
  const paragraphs = findNumberedParagraphs(captured.text, { footnotes: captured.footnotes });
  const lang = languageOf(captured.text);
  const record = reportTextOf({ paragraphs, pageReport: captured.pageReport, lang, symbol: captured.pageReport.symbol ?? null, sourceUrl: captured.sourceUrl, format: 'pdf' });
  if (!record) return { ok: false, reason: 'its version or its numbered paragraphs could not be read.' };
  return saveReportText(db, record);
}

/** A PDF read whole: its text, where its footnotes start, the report it is. */
export interface CapturedPdf {
  text: string;
  footnotes: ReadonlySet<number>;
  pageReport: PageReport;
  sourceUrl: string;
}

/**
 * A report's text as the store keeps it, from the flat text of a document recognised as
 * the report: every numbered paragraph and sub-paragraph read by findNumberedParagraphs
 * (the same reading that places the margin markers), with where and when it was read.
 */
import type { Database } from '../data/db';
import { saveReportText, type SaveResult } from '../data/report-texts';
import type { ReportText } from '../data/schema';
import type { PageReport } from '../page/annotator';
import { findNumberedParagraphs } from '../page/report-paragraphs';
import { languageOf, type UnLanguage } from './document-language';

export interface CaptureInput {
  text: string;
  /** Where the reader knows the footnotes (a PDF): block starts. */
  footnotes?: ReadonlySet<number>;
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
  const paragraphs = findNumberedParagraphs(input.text, { footnotes: input.footnotes }).map(({ para, sub, heading, text, leadIn }) => ({ para, sub, heading, text, leadIn }));
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
export async function keepCapturedReport(
  db: Database,
  captured: Pick<CaptureInput, 'text' | 'footnotes' | 'pageReport' | 'sourceUrl'>,
): Promise<SaveResult> {
  const record = reportTextOf({ ...captured, lang: languageOf(captured.text), symbol: captured.pageReport.symbol ?? null, format: 'pdf' });
  if (!record) return { ok: false, reason: 'its version or its numbered paragraphs could not be read.' };
  return saveReportText(db, record);
}

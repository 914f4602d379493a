/**
 * Keeps the text of a report PDF read whole in the reader (an extension page, which opens
 * the database itself): in the language its text is written in.
 */
import type { Database } from '../data/db';
import type { SaveResult } from '../data/report-text-types';
import { saveReportText } from '../data/report-texts';
import type { PageReport } from '../annotator/annotator-core';
import { findNumberedParagraphs } from '../page/report-paragraphs';
import { reportTextOf } from './capture';
import { languageOf } from './document-language';

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

/**
 * Is this document one of the reports, and which version? The report from its title and
 * headings (lib/page/recognize-report-page), the version from its own first page first
 * and from the name or symbol that recognised it second (lib/reports/document-version).
 */
import type { DetectContext, Detection } from '../detector';
import type { PageReport } from '../annotator/annotator-core';
import { recognizeReportPage } from '../page/recognize-report-page';
import { readDocumentVersion } from './document-version';
import { symbolIn, versionsOf } from './report-catalog';

export function recognizeReportDocument(
  headings: string[],
  /** The words of its first page, margins included (the symbol is printed there). */
  firstPage: string,
  detect: (text: string, context?: DetectContext) => Detection,
): PageReport | null {
  const named = recognizeReportPage(headings, detect);
  if (!named) return null;
  const reading = readDocumentVersion(firstPage, named.version, versionsOf(named.report));
  return { report: named.report, version: reading.version, reading, symbol: symbolIn(`${headings.join(' ')} ${firstPage}`, named.report) };
}

/** What the reader did with a report's own text: the version it read it as, and whether it kept it. */
import type { SaveResult } from '../../lib/data/report-text-types';
import { t } from '../../lib/i18n';
import type { PageReport } from '../../lib/annotator/annotator-core';
import { reportLabel, versionLabel } from '../../lib/paragraph-label';

export interface ReportTextStatusProps {
  pageReport: PageReport | null;
  result: SaveResult | null;
}

export function ReportTextStatus({ pageReport, result }: ReportTextStatusProps) {
  if (!pageReport) return null;
  const reading = pageReport.reading;
  return (
    <div class="reader-report-status">
      {reading?.conflict && reading.fromWords && reading.fromSymbol && (
        <p class="reader-version-conflict">{t('readerVersionConflict', [versionLabel(reading.fromWords), versionLabel(reading.fromSymbol)])}</p>
      )}
      {result && (
        <p role="status">
          {result.ok
            ? t('readerReportKept', [result.paragraphs, reportLabel(pageReport.report), versionLabel(pageReport.version ?? '')])
            : t('readerReportNotKept', [result.reason])}
        </p>
      )}
    </div>
  );
}

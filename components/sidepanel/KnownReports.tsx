/** The report versions whose text is kept, each with a way to remove it. */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import type { ReportTextSummary } from '../../lib/data/report-text-types';
import { listReportTexts, removeReportText } from '../../lib/data/report-texts';
import { t } from '../../lib/i18n';
import { reportLabel, versionLabel } from '../../lib/paragraph-label';

export function KnownReports({ db }: { db: Database }) {
  const [known, setKnown] = useState<ReportTextSummary[] | null>(null);
  const reload = () => void listReportTexts(db).then(setKnown);
  useEffect(reload, [db]);
  if (!known) return null;
  return (
    <section class="known-reports" aria-labelledby="known-reports-heading">
      <h2 id="known-reports-heading">{t('panelKnownReports')}</h2>
      <p class="hint">{t('panelKnownReportsExplain')}</p>
      {known.length === 0 && <p class="empty">{t('panelNoKnownReports')}</p>}
      <ul>
        {known.map((text) => {
          const names = [reportLabel(text.report), versionLabel(text.version), text.lang.toUpperCase()];
          return (
            <li key={text.id}>
              <a href={text.sourceUrl} target="_blank" rel="noopener noreferrer">
                {t('panelKnownReport', [...names, text.paragraphCount, new Date(text.captured).toLocaleDateString()])}
              </a>{' '}
              <button type="button" aria-label={t('panelRemoveReportLabel', names)} onClick={() => void removeReportText(db, text.id).then(reload)}>
                {t('panelRemoveReport')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

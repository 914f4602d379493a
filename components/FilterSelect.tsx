/** One labelled filter: "All" or one of its options. Shared by the popup search and the notes browser. */
import { t } from '../lib/i18n';
import { reportLabel } from '../lib/paragraph-label';
import { isReportId, REPORT_IDS, type ReportId } from '../lib/paragraph-key';

const REPORT_OPTIONS = REPORT_IDS.map((report) => ({ value: report, label: reportLabel(report) }));

export interface FilterSelectProps {
  label: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange(value: string | null): void;
}

export function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t('filterAll')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter by report, the same wherever positions or notes are filtered. */
export function ReportFilter({ value, onChange }: { value: ReportId | null; onChange(report: ReportId | null): void }) {
  return (
    <FilterSelect
      label={t('filterReport')}
      value={value}
      options={REPORT_OPTIONS}
      onChange={(chosen) => onChange(isReportId(chosen) ? chosen : null)}
    />
  );
}

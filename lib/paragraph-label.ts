/** How a paragraph key reads to a person: `apr3@zero:29e` → "3rd APR (zero draft), para 29 (e)". */
import { t, type MessageKey } from './i18n';
import { parseParagraphKey, type ReportId } from './paragraph-key';

const REPORT_MESSAGES: Record<ReportId, MessageKey> = {
  apr1: 'reportApr1',
  apr2: 'reportApr2',
  apr3: 'reportApr3',
  final: 'reportFinal',
};

export function reportLabel(report: ReportId | null): string {
  return t(report ? REPORT_MESSAGES[report] : 'reportUnknown');
}

export function versionLabel(version: string): string {
  if (version === 'zero') return t('versionZero');
  if (version === 'adopted') return t('versionAdopted');
  const revision = /^rev(\d+)$/.exec(version);
  return revision ? t('versionRev', [revision[1]!]) : version;
}

/** "29 (e)" in English, "29 e)" in French. */
export function paragraphNumber(para: number, sub: string | null): string {
  return sub ? t('paragraphNumberSub', [para, sub]) : String(para);
}

export function paragraphNumberLabel(para: number, sub: string | null): string {
  return t('paragraphLabel', [paragraphNumber(para, sub)]);
}

export function paragraphLabel(key: string): string {
  const address = parseParagraphKey(key);
  if (!address) return key;
  const report = reportLabel(address.report);
  const version = address.version ? ` (${versionLabel(address.version)})` : '';
  return `${report}${version}, ${paragraphNumberLabel(address.para, address.sub)}`;
}

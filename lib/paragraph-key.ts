/**
 * Paragraph keys address one paragraph of one report version: `apr3@zero:29e`.
 * The version may be unknown (`apr3:29e`) and so may the report (`?:29e`).
 */
export const REPORT_IDS = ['apr1', 'apr2', 'apr3', 'final'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export interface ParagraphAddress {
  report: ReportId | null;
  version: string | null;
  para: number;
  /** Lower-case sub-paragraph letter(s) or roman numeral, without brackets. */
  sub: string | null;
}

const KEY_PATTERN = /^(\?|apr1|apr2|apr3|final)(?:@([a-z0-9-]+))?:(\d{1,4})([a-z]{1,6})?$/;

export function isReportId(value: unknown): value is ReportId {
  return typeof value === 'string' && (REPORT_IDS as readonly string[]).includes(value);
}

export function formatParagraphKey(address: ParagraphAddress): string {
  const report = address.report ?? '?';
  const version = address.version && address.report ? `@${address.version}` : '';
  return `${report}${version}:${address.para}${address.sub ?? ''}`;
}

export function parseParagraphKey(key: string): ParagraphAddress | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const [, report, version, para, sub] = match;
  if (report === '?' && version) return null;
  return {
    report: isReportId(report) ? report : null,
    version: version ?? null,
    para: Number(para),
    sub: sub ?? null,
  };
}

/** The same paragraph with its version forgotten: `apr3@zero:29e` → `apr3:29e`. */
export function withoutVersion(key: string): string {
  const address = parseParagraphKey(key);
  return address ? formatParagraphKey({ ...address, version: null }) : key;
}

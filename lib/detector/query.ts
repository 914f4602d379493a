/**
 * A search box query that names a paragraph: "29e", "29 (e)", "3rd APR 50(c)", "apr3 50c",
 * "para 5". Read with the detector itself, so that the search box accepts every form a
 * page can use.
 */
import type { ReportId } from '../paragraph-key';
import { detect } from './index';

export interface ParagraphQuery {
  report: ReportId | null;
  para: number;
  sub: string | null;
}

const SHORT_FORM = /^\s*(?:(apr\s?[123]|final)\s*)?(\d{1,3})\s?(?:\(([a-z])\)|([a-z]))?\s*$/i;

export function parseParagraphQuery(query: string): ParagraphQuery | null {
  const short = SHORT_FORM.exec(query);
  if (short) {
    const report = short[1] ? (short[1].toLowerCase().replace(/\s/g, '') as ReportId) : null;
    return { report, para: Number(short[2]), sub: (short[3] ?? short[4])?.toLowerCase() ?? null };
  }
  // "3rd APR 50(c)": a report name followed by a number reads as that report's paragraph.
  const { refs, mentions } = detect(query.replace(/^(.*?\D)\s*(\d{1,3}\s?(?:\([a-z]\)|[a-z])?)\s*$/i, '$1 para $2'));
  const ref = refs[0];
  if (!ref || ref.para === null || ref.report === 'other') return null;
  return { report: ref.report ?? mentions[0]?.report ?? null, para: ref.para, sub: ref.sub };
}

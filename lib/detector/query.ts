/**
 * A search box query that names a paragraph: "29e", "29 (e)", "3rd APR 50(c)", "apr3 50c",
 * "para 5", "apr3@zero:29e", or any form a page can use ("paragraph 29 e of the 3rd APR",
 * "第29段"), read with the detector itself. Plain words, report names alone and other
 * documents' paragraphs ("resolution 75/240") are not paragraph queries: null.
 */
import { parseParagraphKey, type ReportId } from '../paragraph-key';
import { detect } from './index';

export interface ParagraphQuery {
  report: ReportId | null;
  para: number;
  sub: string | null;
}

/** "29e", "29 (e)", "apr3 50c", "final 12", "50 (iv)": an optional report id, a number, an optional label. */
const SHORT_FORM = /^(?:(apr ?[123]|final)[\s:]*)?([1-9]\d{0,2})\s?(?:\(([a-z]{1,4})\)|([a-z]))?$/i;

function shortForm(query: string): ParagraphQuery | null {
  const match = SHORT_FORM.exec(query);
  if (!match) return null;
  const report = match[1] ? (match[1].toLowerCase().replace(' ', '') as ReportId) : null;
  return { report, para: Number(match[2]), sub: (match[3] ?? match[4])?.toLowerCase() ?? null };
}

export function parseParagraphQuery(input: string): ParagraphQuery | null {
  const query = input.trim();
  if (query === '') return null;
  const key = parseParagraphKey(query);
  if (key) return { report: key.report, para: key.para, sub: key.sub };
  const short = shortForm(query);
  if (short) return short;

  const { refs, mentions } = detect(query);
  const ref = refs.find((candidate) => candidate.para !== null);
  if (ref) return ref.report === 'other' ? null : { report: ref.report, para: ref.para!, sub: ref.sub };
  // "3rd APR 50(c)": a report name, then the short form.
  const [mention] = mentions;
  if (mentions.length !== 1 || !mention) return null;
  const rest = shortForm((query.slice(0, mention.start) + query.slice(mention.end)).replace(/^[\s,:]+|[\s,:]+$/g, ''));
  return rest && rest.report === null ? { ...rest, report: mention.report } : null;
}

/**
 * Is this page one of the reports itself (a draft or the adopted text)? Judged by its
 * title and main heading, which must name a report as their subject — "Zero Draft of the
 * 3rd APR", "A/79/214" — not merely mention one ("Input on the Zero Draft of the 3rd APR").
 */
import type { Detection, DetectContext } from '../detector';
import type { PageReport } from '../annotator/annotator-core';

/** A report named this close to the start of a title is what the title is about. */
const MAX_LEAD = 24;
/** Words that make a title about something said on a report, not the report. */
const ABOUT_A_REPORT = /\b(input|inputs|statement|comments?|remarks|submission|views|contribution|on the|about|sur l[ae']|observations|sobre|comentarios|declaración|по|о|замечания|بشأن|تعليقات|关于|意见)\b/iu;

export function recognizeReportPage(
  headings: string[],
  detect: (text: string, context?: DetectContext) => Detection,
): PageReport | null {
  for (const heading of headings) {
    const text = heading.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const { mentions, discussed } = detect(text);
    const first = mentions[0];
    if (!first) continue;
    const lead = text.slice(0, first.start);
    if (lead.length > MAX_LEAD || ABOUT_A_REPORT.test(lead)) continue;
    // "3rd APR – Zero Draft": a version named after the report still names its version.
    return { report: first.report, version: first.version ?? (discussed.report === first.report ? discussed.version : null) };
  }
  return null;
}

/** Headings that say what a page is: its title, then its first main headings. */
export function pageHeadings(doc: Document): string[] {
  const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 3).map((element) => element.textContent ?? '');
  return [doc.title, ...headings];
}

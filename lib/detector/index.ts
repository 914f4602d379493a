/**
 * The reference detector (DESIGN.md rule 1): text and what is known of its context in,
 * references to report paragraphs with their offsets out. No DOM, no browser API: it runs
 * the same in Node (tests, benchmark, command line) and in the page.
 */
import { formatParagraphKey, type ReportId } from '../paragraph-key';
import { normalize } from './normalize';
import { findReportNames } from './report-names';
import { scanReferences } from './scan';

export type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

export interface DetectContext {
  lang?: Lang | undefined;
  /** The report the text is, or the last one named before it. */
  report?: ReportId | null | undefined;
  version?: string | null | undefined;
}

export interface Reference {
  /** UTF-16 offsets in the input: surface === text.slice(start, end). */
  start: number;
  end: number;
  surface: string;
  /** null only for a lone "sub-paragraph (h)" with no paragraph to resolve it by. */
  para: number | null;
  sub: string | null;
  /** 'other': a paragraph of another document (Article 24, resolution 75/240, rule 99). */
  report: ReportId | 'other' | null;
  version: string | null;
  /** One of several paragraphs of a list or range. */
  list: boolean;
}

export interface ReportMention {
  start: number;
  end: number;
  report: ReportId;
  version: string | null;
}

export interface Detection {
  refs: Reference[];
  mentions: ReportMention[];
}

export function detect(input: string, context: DetectContext = {}): Detection {
  const normalized = normalize(input);
  const names = findReportNames(normalized.text);
  const raws = scanReferences(normalized.text, names);
  const toStart = normalized.toInput;
  const toEnd = (end: number) => (end === 0 ? 0 : normalized.toInput(end - 1) + 1);

  const refs: Reference[] = [];
  // The report last named before the current reference, and its version.
  let current = null as { report: ReportId; version: string | null } | null;
  let nextName = 0;
  for (const raw of raws) {
    while (nextName < names.length && names[nextName]!.end <= raw.start) {
      const name = names[nextName++]!;
      // Naming the same report again without a version keeps the version named before.
      if (name.report) current = { report: name.report, version: name.version ?? (current?.report === name.report ? current.version : null) };
      else if (current) current = { ...current, version: name.version };
    }
    let report: ReportId | 'other' | null = raw.report;
    let version = raw.version;
    if (report === null) {
      if (current) {
        report = current.report;
        version = version ?? current.version;
      } else if (context.report) {
        report = context.report;
        version = version ?? context.version ?? null;
      }
    }
    if (report === 'other') version = null;
    // The bare "(50 c)" form is a reference only where a report has been named.
    if (raw.bare && (report === null || report === 'other')) continue;
    const start = toStart(raw.start);
    const end = toEnd(raw.end);
    refs.push({ start, end, surface: input.slice(start, end), para: raw.para, sub: raw.sub, report, version, list: raw.list });
  }

  const mentions: ReportMention[] = [];
  for (const name of names) {
    if (name.report) mentions.push({ start: toStart(name.start), end: toEnd(name.end), report: name.report, version: name.version });
  }
  return { refs, mentions };
}

export function detectReferences(text: string, context?: DetectContext): Reference[] {
  return detect(text, context).refs;
}

/** The paragraph key a reference addresses, or null for another document's paragraph or a lone sub-paragraph. */
export function paragraphKeyOf(ref: Pick<Reference, 'report' | 'version' | 'para' | 'sub'>): string | null {
  if (ref.report === 'other' || ref.para === null) return null;
  return formatParagraphKey({ report: ref.report, version: ref.version, para: ref.para, sub: ref.sub });
}

export { parseParagraphQuery } from './query';

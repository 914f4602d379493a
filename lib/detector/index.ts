/**
 * The reference detector (docs/architecture.md, rule 1): text and what is known of its context in,
 * references to report paragraphs with their offsets out. No DOM, no browser API: it runs
 * the same in Node (tests, benchmark, command line) and in the page.
 *
 * How it reads: one scan finds anchors (paragraph words, §, 第, brackets) and heads of report
 * names (triggers.ts); report names are read around the heads (report-names.ts); references are
 * read at the anchors (scan.ts: paragraph-words.ts for the word, paragraph-list.ts for numbers,
 * labels, lists and ranges, other-documents.ts for what they belong to). Every step after the
 * scan reads a bounded window, so the time is linear in the text whatever it contains.
 *
 * What each reference's surface covers in a list or range is the span rule of
 * paragraph-list.ts: "paras 3 and 5" gives "paras 3" and "5"; "paragraphs 28–30" gives
 * "paragraphs 28", "28–30" (for 29, which has no number of its own) and "30".
 */
import { formatParagraphKey, type ReportId } from '../paragraph-key';
import { findReportNames, type NamedReport } from './report-names';
import { scanReferences } from './scan';
import { blockStarts, isHeading, namesOtherDocumentBefore, pointsWithinText } from './scope';
import { findTriggers } from './triggers';

export type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

export interface DetectContext {
  /** The page's language as a BCP 47 tag ("fr", "de-CH"), if known. A hint only: every text is read in all six languages, as pages quote each other. */
  lang?: string | undefined;
  /** The report the text is (a page that is a report), if any. */
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
  /** A paragraph added in negotiation after the one numbered: "bis", "ter", "quater", "alt" ("OP7ter", "63 bis"). */
  suffix: string | null;
  /** 'other': a paragraph of another document (Article 24, resolution 75/240, rule 99). */
  report: ReportId | 'other' | null;
  version: string | null;
  /** One of several paragraphs of a list or range. */
  list: boolean;
  /** Which reference of the text this is: the paragraphs of one list or range share it ("paras 44–52" is one mention). */
  mention: number;
}

export interface ReportMention {
  start: number;
  end: number;
  report: ReportId;
  version: string | null;
}

export interface Discussed {
  report: ReportId | null;
  version: string | null;
}

export interface Detection {
  refs: Reference[];
  mentions: ReportMention[];
  /** The report and version under discussion where the text ends, within its last block. */
  discussed: Discussed;
}

/**
 * References to report paragraphs in `text`, and the report names it contains (at most
 * MAX_REFERENCES references: a text with more is built to be hostile).
 *
 * Which report a reference belongs to: the one named right next to it ("para 5 of the 3rd
 * APR"); else 'other' where its sentence names another document after any report
 * ("Resolution 2255 (2015): paragraph 17"); else the one named last before it in its block,
 * else in the heading above (scope.ts); else `context.report` (the report the page is), else null.
 * "OP 5" and "PP3" take a report only from a name right next to them or from the page: they number resolutions. Naming the same report again without
 * a version keeps the version named before ("the Zero Draft of the 3rd APR … the 3rd APR (para
 * 3)"); a version named alone ("Rev.1") applies to the report being discussed.
 */
export function detect(text: string, context: DetectContext = {}): Detection {
  const triggers = findTriggers(text);
  const names = findReportNames(text, triggers.heads);
  const reads = scanReferences(text, triggers.anchors, names);

  const refs: Reference[] = [];
  const page: Discussed = { report: context.report ?? null, version: context.version ?? null };
  const blocks = blockStarts(text);
  /** What the heading above names, else the page. */
  let section = page;
  /** What the block read names, from the page on: the section's, if the block is a heading. */
  let named = page;
  let current = page;
  let nextName = 0;
  let nextBlock = 0;
  let blockStart = 0;
  /** Where the last name read ends: another document named after it in the sentence is nearer. */
  let lastNameEnd = 0;
  let mentionCount = 0;
  const advanceTo = (index: number) => {
    for (;;) {
      const name = names[nextName];
      const block = blocks[nextBlock];
      if (block !== undefined && block <= index && (name === undefined || block <= name.start)) {
        // A new block: what the last one named is out of scope, unless it was a heading.
        if (isHeading(text, blockStart, block)) section = named;
        current = section;
        named = page;
        blockStart = block;
        nextBlock++;
      } else if (name !== undefined && name.end <= index) {
        current = discussed(current, name);
        named = discussed(named, name);
        lastNameEnd = name.end;
        nextName++;
      } else return;
    }
  };
  for (const read of reads) {
    const first = read.items[0]!;
    advanceTo(first.start);
    let { report, version } = read.attribution;
    if (report === null && !pointsWithinText(text, first.start, read.end) && namesOtherDocumentBefore(text, first.start, Math.max(blockStart, lastNameEnd))) {
      report = 'other';
    }
    if (report === null) {
      // "OP 5", "PP3" number resolutions: only the page's own report, never one named elsewhere, can claim them.
      const scope = read.resolutionPart ? page : current;
      report = scope.report;
      version = version ?? scope.version;
    }
    if (report === 'other') version = null;
    // The bare "(50 c)" form is a reference only where a report is being discussed.
    if (read.bare && (report === null || report === 'other')) continue;
    const list = read.items.length > 1;
    const mention = mentionCount++;
    for (const item of read.items) {
      const { start, end, para, sub } = item;
      refs.push({ start, end, surface: text.slice(start, end), para, sub, suffix: item.suffix ?? null, report, version: report === null ? null : version, list, mention });
    }
  }

  advanceTo(text.length);
  const mentions: ReportMention[] = [];
  for (const name of names) {
    if (name.report) mentions.push({ start: name.start, end: name.end, report: name.report, version: name.version });
  }
  return { refs, mentions, discussed: current };
}

/** The report being discussed once `name` has been read. */
function discussed(current: Discussed, name: NamedReport): Discussed {
  if (name.report === null) return { report: current.report, version: name.version };
  if (name.version === null && name.report === current.report) return current;
  return { report: name.report, version: name.version };
}

export function detectReferences(text: string, context?: DetectContext): Reference[] {
  return detect(text, context).refs;
}

/** The paragraph key a reference addresses, or null for another document's paragraph or a lone sub-paragraph. */
export function paragraphKeyOf(ref: Pick<Reference, 'report' | 'version' | 'para' | 'sub'> & { suffix?: string | null }): string | null {
  // The reports number no "bis" paragraph: one added in negotiation has no key of its own.
  if (ref.report === 'other' || ref.para === null || (ref.suffix ?? null) !== null) return null;
  return formatParagraphKey({ report: ref.report, version: ref.version, para: ref.para, sub: ref.sub });
}

export { parseParagraphQuery, type ParagraphQuery } from './query';
export { MAX_REFERENCES } from './scan';

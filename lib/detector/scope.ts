/**
 * Where the report a reference belongs to may be looked for, when nothing is named right next
 * to it: the same sentence, then the same block (paragraph, list item: the page joins its
 * blocks with a paragraph separator, U+2029; plain text separates them with a blank line),
 * then the heading above, then the page itself. A report named in an earlier block is another
 * part of the page's discussion, not this reference's.
 */
import type { ReportId } from '../paragraph-key';
import { isSpace } from './chars';
import type { NamedReport } from './report-names';

export interface Discussed {
  report: ReportId | null;
  version: string | null;
}

/** The report being discussed once `name` has been read. */
function discussed(current: Discussed, name: NamedReport): Discussed {
  if (name.report === null) return { report: current.report, version: name.version };
  if (name.version === null && name.report === current.report) return current;
  return { report: name.report, version: name.version };
}

/**
 * What is in scope as the text is read in order: the names read so far in the block, over
 * what the heading above names, over the page's own report. A class with fields rather than
 * closures over variables: the engine reads fields far faster in the detector's hot loop.
 */
export class Scope {
  /** The report and version in scope where the reading stands. */
  current: Discussed;
  /** What the heading above names, else the page. */
  private section: Discussed;
  /** What the block being read names, from the page on: the section's, if the block turns out a heading. */
  private named: Discussed;
  private readonly blocks: number[];
  private nextName = 0;
  private nextBlock = 0;
  private blockStart = 0;
  /** Where the last name read ends: another document named after it in the sentence is nearer. */
  private lastNameEnd = 0;

  constructor(
    private readonly text: string,
    private readonly names: readonly NamedReport[],
    private readonly page: Discussed,
  ) {
    this.current = this.section = this.named = page;
    // With no name in the text, nothing is scoped by blocks: the search for them is spared (a sentence stops at one by itself).
    this.blocks = names.length === 0 ? [] : blockStarts(text);
  }

  /** Reads the names and block starts up to `index`. */
  advanceTo(index: number): void {
    const { names, blocks } = this;
    for (;;) {
      const name = names[this.nextName];
      const block = blocks[this.nextBlock];
      if (block !== undefined && block <= index && (name === undefined || block <= name.start)) {
        // A new block: what the last one named is out of scope, unless it was a heading. A dateline under a
        // heading ("8 July 2024 · 2nd meeting (AM)") is no heading of its own: the one above stays in scope.
        if (isHeading(this.text, this.blockStart, block) && (this.named !== this.page || !isDateline(this.text, this.blockStart, block)))
          this.section = this.named;
        this.current = this.section;
        this.named = this.page;
        this.blockStart = block;
        this.nextBlock++;
      } else if (name !== undefined && name.end <= index) {
        this.current = discussed(this.current, name);
        this.named = discussed(this.named, name);
        this.lastNameEnd = name.end;
        this.nextName++;
      } else return;
    }
  }

  /** How far back the sentence of the reading position may be searched for another document: not past its block, nor past a name. */
  sentenceFloor(): number {
    return Math.max(this.blockStart, this.lastNameEnd);
  }
}

/** U+2029, which the page puts between blocks (lib/page/text-index.ts). */
const PARAGRAPH_SEPARATOR = '\u2029';
const LINE_FEED = 0x0a;

/** Where each block after the first starts, in text order. */
function blockStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(PARAGRAPH_SEPARATOR); at >= 0; at = text.indexOf(PARAGRAPH_SEPARATOR, at + 1))
    starts.push(at + 1);
  // Line feeds one at a time: searching for a single character is several times faster than for two.
  const blankLines: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at + 1) === LINE_FEED) blankLines.push(++at + 1);
  }
  if (blankLines.length === 0) return starts;
  if (starts.length === 0) return blankLines;
  return [...starts, ...blankLines].sort((a, b) => a - b);
}

/** How far back a sentence is read for another document. */
const SENTENCE_REACH = 160;
const FULL_STOP = 0x2e;

/** Where the sentence that holds `index` starts, looking back no further than `floor`. */
function sentenceStart(text: string, index: number, floor: number): number {
  const limit = Math.max(floor, index - SENTENCE_REACH);
  for (let at = index - 1; at > limit; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x2029) return at + 1; // 。 ! ? and a block's end
    if (code === LINE_FEED && text.charCodeAt(at - 1) === LINE_FEED) return at + 1;
    // A full stop ends a sentence when a space and a capital follow: not "para. 5", "No. 3".
    if (code === FULL_STOP && isSpace(text.charCodeAt(at + 1))) {
      const next = text.charCodeAt(at + 2);
      if (next >= 0x41 && next <= 0x5a) return at + 1;
    }
  }
  return limit;
}

/**
 * A numbered document of another kind named in the sentence, or a body's guidelines:
 * "Security Council resolution 2255 (2015): paragraphs …", "UNSCR 1874 (2009), Paragraph 23",
 * "Directives du Comité : paragraphe 11", "第2095(2013)号决议:第9段".
 */
const OTHER_DOCUMENT = new RegExp(
  [
    '(?:resolution|r[ée]solution|resoluci[óo]n|резолюци\\S{0,3}|UNSCR|S/RES/)\\s{0,2}\\d',
    'note\\s{1,2}(?:by|of)\\s{1,2}the\\s{1,2}(?:President|Secretary)',
    '号决议',
    '號決議',
    '(?:ال)?قرار\\s{1,2}(?:مجلس\\s{1,2}الأمن|\\d)',
    '(?:committee|comit[ée]|comité)\\S{0,2}\\s{1,2}guidelines',
    'guidelines\\s{1,2}of\\s{1,2}the\\s{1,2}committee',
    'directives\\s{1,2}du\\s{1,2}comit[ée]',
    'directrices\\s{1,2}del\\s{1,2}comit[ée]',
    '委员会准则',
    'руководящ\\S{0,4}\\s{1,2}принцип\\S{0,4}\\s{1,2}комитета',
  ].join('|'),
  'gi',
);

/** Whether the sentence before `index`, from no earlier than `floor`, names another document. */
export function namesOtherDocumentBefore(text: string, index: number, floor: number): boolean {
  const from = sentenceStart(text, index, floor);
  if (from >= index) return false;
  OTHER_DOCUMENT.lastIndex = 0;
  return OTHER_DOCUMENT.test(text.slice(from, index));
}

/** A heading is no longer than this, in UTF-16 code units. */
const MAX_HEADING = 160;
/** Punctuation that ends a sentence or introduces what follows: a block ending so is prose, not a heading. */
const PROSE_ENDINGS = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x3a, 0x2c, 0x3002, 0xff1b, 0xff1a, 0x61b, 0x60c]);

/** Whether the block from `start` to `end` (the next block's start) reads as a heading: short, with no punctuation at its end. */
function isHeading(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && (isSpace(text.charCodeAt(last - 1)) || text.charCodeAt(last - 1) === 0x2029)) last--;
  return last > start && last - start <= MAX_HEADING && !PROSE_ENDINGS.has(text.charCodeAt(last - 1));
}

/** Whether a block has a number after its first word (a date, a meeting number): a dateline, not a section's own numbering. */
function isDateline(text: string, start: number, end: number): boolean {
  const firstSpace = text.indexOf(' ', start);
  if (firstSpace < 0 || firstSpace >= end) return false;
  for (let at = firstSpace; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** "paragraphs 2 and 4 below", "上文第1段": the text's own paragraphs, whatever document the sentence names. */
const OWN_AFTER =
  /\s{0,2}(?:below|above|ci-dessus|ci-dessous|ci-après|infra|supra|más\s+abajo|más\s+arriba|выше|ниже|أعلاه|أدناه)/iy;
const OWN_BEFORE = /(?:上文|下文)$/;

/** Whether the reference from `start` to `end` points to the text's own paragraphs. */
export function pointsWithinText(text: string, start: number, end: number): boolean {
  OWN_AFTER.lastIndex = end;
  return OWN_AFTER.test(text) || OWN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

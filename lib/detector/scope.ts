/**
 * Where the report a reference belongs to may be looked for, when nothing is named right next
 * to it: the same sentence, then the same block (paragraph, list item: the page joins its
 * blocks with a paragraph separator, U+2029; plain text separates them with a blank line),
 * then the heading above, then the page itself. A report named in an earlier block is another
 * part of the page's discussion, not this reference's.
 */
import { isSpace } from './chars';

/** U+2029, which the page puts between blocks (lib/page/text-index.ts). */
const PARAGRAPH_SEPARATOR = '\u2029';

/** Where each block after the first starts, in text order. */
export function blockStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(PARAGRAPH_SEPARATOR); at >= 0; at = text.indexOf(PARAGRAPH_SEPARATOR, at + 1)) starts.push(at + 1);
  const blankLines: number[] = [];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) blankLines.push(at + 2);
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
    if (code === 0x3002 || code === 0x21 || code === 0x3f) return at + 1; // 。 ! ?
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
    '号决议', '號決議', '(?:ال)?قرار\\s{1,2}(?:مجلس\\s{1,2}الأمن|\\d)',
    '(?:committee|comit[ée]|comité)\\S{0,2}\\s{1,2}guidelines', 'guidelines\\s{1,2}of\\s{1,2}the\\s{1,2}committee',
    'directives\\s{1,2}du\\s{1,2}comit[ée]', 'directrices\\s{1,2}del\\s{1,2}comit[ée]', '委员会准则', 'руководящ\\S{0,4}\\s{1,2}принцип\\S{0,4}\\s{1,2}комитета',
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
export function isHeading(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && (isSpace(text.charCodeAt(last - 1)) || text.charCodeAt(last - 1) === 0x2029)) last--;
  return last > start && last - start <= MAX_HEADING && !PROSE_ENDINGS.has(text.charCodeAt(last - 1));
}

/** "paragraphs 2 and 4 below", "上文第1段": the text's own paragraphs, whatever document the sentence names. */
const OWN_AFTER = /\s{0,2}(?:below|above|ci-dessus|ci-dessous|ci-après|infra|supra|más\s+abajo|más\s+arriba|выше|ниже|أعلاه|أدناه)/iy;
const OWN_BEFORE = /(?:上文|下文)$/;

/** Whether the reference from `start` to `end` points to the text's own paragraphs. */
export function pointsWithinText(text: string, start: number, end: number): boolean {
  OWN_AFTER.lastIndex = end;
  return OWN_AFTER.test(text) || OWN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

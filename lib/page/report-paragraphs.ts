/**
 * Reading a report itself: its numbered paragraphs and lettered sub-paragraphs, found in
 * the flat text of the page, and ICT4Peace's positions placed on them — by number on the
 * version they were written against, by their quoted report text on any other version.
 */
import search from 'approx-string-match';
import { parseParagraphKey, type ReportId } from '../paragraph-key';
import {
  isFootnote,
  isSectionHeading,
  readParagraphLabel,
  readSubParagraphLabel,
  type BlockLabel,
} from './report-labels';
import { BLOCK_SEPARATOR } from './text-index';

export interface NumberedParagraph {
  para: number;
  sub: string | null;
  /** The block's span in the flat text… */
  start: number;
  end: number;
  /** …and the span of its number or letter, where the margin marker goes. */
  labelStart: number;
  labelEnd: number;
  /** The heading of the section it sits under, as printed ("A. Overview"); null before any. */
  heading: string | null;
  /** Its own text, without its label: a paragraph's stops where its sub-paragraphs start. */
  text: string;
  /** A sub-paragraph's parent's own text (its lead-in); null for a paragraph. */
  leadIn: string | null;
}

export interface ReadOptions {
  /** Where the reader knows the footnotes (the PDF's smaller type): block starts that are footnotes. */
  footnotes?: ReadonlySet<number>;
}

interface Item {
  paragraph: NumberedParagraph;
  parts: string[];
  /** A sub-paragraph's parent, by its place in the list. */
  parent: number | null;
}

interface Block {
  start: number;
  end: number;
  text: string;
}

/** A sentence or clause ends here: what follows is not its continuation on the next page. */
const ENDS_CLAUSE = /[.;:,!?\u3002\uff1b\uff1a\uff0c\u061b\u060c]\s*$/;
const MAX_UNNUMBERED_HEADING = 120;

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(BLOCK_SEPARATOR, start);
    if (end < 0) end = text.length;
    const block = text.slice(start, end);
    if (block.trim() !== '') blocks.push({ start, end, text: block });
    start = end + 1;
  }
  return blocks;
}

/** "(i)" after "(h)" is the letter i; elsewhere a roman numeral ("(v)" after "(u)", "(x)" after "(w)" likewise). */
function isLetterAfter(sub: string, lastLetter: string | null): boolean {
  return sub.length === 1 && lastLetter !== null && lastLetter.charCodeAt(0) + 1 === sub.charCodeAt(0);
}

/**
 * A report's numbered paragraphs and sub-paragraphs, with their section headings and own
 * text, from the flat text of a page or a PDF (blocks joined by BLOCK_SEPARATOR).
 *
 * Paragraph numbers only go up: a "3." after "29." is a list inside paragraph 29, and
 * after a heading (an annex) not a paragraph at all. Roman numerals under a lettered
 * sub-paragraph belong to its text; a paragraph's first roman numerals are its
 * sub-paragraphs. A block with no label continues the paragraph it follows (a page break,
 * a list), a short unpunctuated one right before a numbered paragraph is a heading, and
 * footnotes are left out.
 */
export function findNumberedParagraphs(text: string, options: ReadOptions = {}): NumberedParagraph[] {
  const blocks = blocksOf(text);
  const found: Item[] = [];
  let current: number | null = null;
  let parent: number | null = null;
  let open: Item | null = null;
  let lastLetter: string | null = null;
  let heading: string | null = null;
  let hanging = null as Item | null;

  const isFootnoteBlock = (block: Block) => (options.footnotes ? options.footnotes.has(block.start) : isFootnote(block.text));
  const add = (block: Block, label: BlockLabel, para: number, sub: string | null) => {
    const item: Item = {
      paragraph: { para, sub, start: block.start, end: block.end, labelStart: block.start + label.start, labelEnd: block.start + label.end, heading, text: '', leadIn: null },
      parts: [block.text.slice(label.textStart)],
      parent: sub === null ? null : parent,
    };
    found.push(item);
    if (label.textStart >= block.text.trimEnd().length) hanging = item;
    return item;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (hanging) {
      // The text of a number or letter that hangs alone in the margin.
      hanging.parts.push(block.text);
      hanging.paragraph.end = block.end;
      hanging = null;
      continue;
    }
    if (isFootnoteBlock(block)) continue;
    const number = readParagraphLabel(block.text);
    if (number) {
      if (current === null || number.para > current) {
        current = number.para;
        open = add(block, number, number.para, null);
        parent = found.length - 1;
        lastLetter = null;
      } else open?.parts.push(block.text);
      continue;
    }
    const label = parent !== null ? readSubParagraphLabel(block.text) : null;
    if (label && current !== null) {
      const roman = label.roman && !isLetterAfter(label.sub, lastLetter);
      if (roman && lastLetter !== null) {
        open?.parts.push(block.text);
        continue;
      }
      if (found.some((item) => item.parent === parent && item.paragraph.sub === label.sub)) {
        open?.parts.push(block.text);
        continue;
      }
      if (!roman) lastLetter = label.sub;
      open = add(block, label, current, label.sub);
      continue;
    }
    if (isSectionHeading(block.text) || isUnnumberedHeading(block, blocks[i + 1], current)) {
      heading = block.text.replace(/\s+/g, ' ').trim();
      open = null;
      parent = null;
      continue;
    }
    open?.parts.push(block.text);
  }

  for (const item of found) item.paragraph.text = item.parts.join(' ').replace(/\s+/g, ' ').trim();
  for (const item of found) if (item.parent !== null) item.paragraph.leadIn = found[item.parent]!.paragraph.text;
  return found.map((item) => item.paragraph);
}

/** "Recommended next steps" right before a numbered paragraph: a heading, not the end of the paragraph before it. */
function isUnnumberedHeading(block: Block, next: Block | undefined, current: number | null): boolean {
  const line = block.text.trim();
  if (line.length > MAX_UNNUMBERED_HEADING || ENDS_CLAUSE.test(line) || /^\p{Ll}/u.test(line)) return false;
  const number = next ? readParagraphLabel(next.text) : null;
  return number !== null && (current === null || number.para > current);
}

export interface PlaceablePosition {
  id: string;
  paragraphs: { key: string; quote?: string | null | undefined }[];
}

export interface Placement {
  positionId: string;
  key: string;
  paragraph: NumberedParagraph;
  /** How it was placed: its own number on its own version, or its quote on another. */
  by: 'number' | 'quote';
}

export interface Unplaced {
  positionId: string;
  key: string;
}

/** Quotes shorter than this match too many places to be trusted. */
const MIN_QUOTE_LENGTH = 12;
/** Up to this share of a quote's characters may differ between versions. */
const MAX_ERROR_RATE = 0.15;

export function placePositions(
  text: string,
  paragraphs: NumberedParagraph[],
  positions: PlaceablePosition[],
  page: { report: ReportId; version: string | null },
): { placed: Placement[]; unplaced: Unplaced[] } {
  const placed: Placement[] = [];
  const unplaced: Unplaced[] = [];
  for (const position of positions) {
    for (const { key, quote } of position.paragraphs) {
      const address = parseParagraphKey(key);
      if (!address || address.report !== page.report) continue;
      const sameVersion = address.version !== null && address.version === page.version;
      const byNumber = sameVersion
        ? paragraphs.find((paragraph) => paragraph.para === address.para && paragraph.sub === address.sub)
        : undefined;
      if (byNumber) {
        placed.push({ positionId: position.id, key, paragraph: byNumber, by: 'number' });
        continue;
      }
      const byQuote = quote ? paragraphQuoting(text, paragraphs, quote) : undefined;
      if (byQuote) placed.push({ positionId: position.id, key, paragraph: byQuote, by: 'quote' });
      else unplaced.push({ positionId: position.id, key });
    }
  }
  return { placed, unplaced };
}

/** The innermost paragraph in which `quote` occurs, allowing for small edits between versions. */
function paragraphQuoting(text: string, paragraphs: NumberedParagraph[], quote: string): NumberedParagraph | undefined {
  const pattern = normalise(quote);
  if (pattern.length < MIN_QUOTE_LENGTH) return undefined;
  const maxErrors = Math.floor(pattern.length * MAX_ERROR_RATE);
  const matches = search(normalise(text), pattern, maxErrors);
  if (matches.length === 0) return undefined;
  const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
  let within: NumberedParagraph | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.start <= best.start && best.start < paragraph.end) {
      if (!within || paragraph.sub !== null) within = paragraph;
    }
  }
  return within;
}

/** Case and typography folded, one character for one, so offsets stay those of the text. */
function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u2029]/g, ' ');
}

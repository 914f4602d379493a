/**
 * Reading a report itself: its numbered paragraphs and lettered sub-paragraphs, found in
 * the flat text of the page, and ICT4Peace's positions placed on them — by number on the
 * version they were written against, by their quoted report text on any other version.
 */
import search from 'approx-string-match';
import { parseParagraphKey, type ReportId } from '../paragraph-key';
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
}

const PARAGRAPH_START = /^[ \t\u00a0]*(\d{1,3})\.[ \t\u00a0]+\S/;
const SUB_PARAGRAPH_START = /^[ \t\u00a0]*\(([a-z]{1,2}|[ivx]{1,6})\)[ \t\u00a0]+\S/;

/**
 * Paragraphs are blocks that start with "29." and sub-paragraphs blocks that start with
 * "(e)" after a numbered paragraph. Paragraph numbers only go up (a "3." after "29." is a
 * list inside a paragraph, not paragraph 3), which keeps numbered lists elsewhere out.
 */
export function findNumberedParagraphs(text: string): NumberedParagraph[] {
  const found: NumberedParagraph[] = [];
  let current: number | null = null;
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf(BLOCK_SEPARATOR, blockStart);
    if (blockEnd < 0) blockEnd = text.length;
    const block = text.slice(blockStart, Math.min(blockEnd, blockStart + 16));
    const paragraph = PARAGRAPH_START.exec(block);
    const sub = paragraph ? null : SUB_PARAGRAPH_START.exec(block);
    if (paragraph) {
      const number = Number(paragraph[1]);
      if (current === null || number > current) {
        current = number;
        const labelStart = blockStart + paragraph[0].indexOf(paragraph[1]!);
        found.push({ para: number, sub: null, start: blockStart, end: blockEnd, labelStart, labelEnd: labelStart + paragraph[1]!.length + 1 });
      }
    } else if (sub && current !== null) {
      const labelStart = blockStart + sub[0].indexOf('(');
      found.push({ para: current, sub: sub[1]!, start: blockStart, end: blockEnd, labelStart, labelEnd: labelStart + sub[1]!.length + 2 });
    }
    blockStart = blockEnd + 1;
  }
  return found;
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

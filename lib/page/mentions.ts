/**
 * Mentions: what the reader sees as one reference. The detector gives a range ("paras 28–30")
 * as one reference per paragraph, overlapping in the text; the badge, the popup and the side
 * panel count and list the mention once.
 */
import { BLOCK_SEPARATOR } from './text-index';

/** Indexes of the mention each reference (in document order) belongs to: one that overlaps the one before shares its mention. */
export function mentionIndexes<T>(references: readonly T[], overlaps: (earlier: T, later: T) => boolean): number[] {
  const indexes: number[] = [];
  let mention = -1;
  references.forEach((reference, i) => {
    if (i === 0 || !overlaps(references[i - 1]!, reference)) mention++;
    indexes.push(mention);
  });
  return indexes;
}

type Span = { start: number; end: number };
export const offsetsOverlap = (earlier: Span, later: Span) => later.start < earlier.end;

const CONTEXT_CHARS = 48;

/**
 * A few whole words either side of a mention, within its block (a page's text index separates
 * blocks with BLOCK_SEPARATOR), for telling one mention from another in a list.
 */
export function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, start - 1) + 1;
  const blockEnd = text.indexOf(BLOCK_SEPARATOR, end);
  const beforeStart = Math.max(blockStart, start - CONTEXT_CHARS);
  let before = text.slice(beforeStart, start).replace(/\s+/g, ' ');
  if (beforeStart > blockStart) before = `…${before.replace(/^\S*\s?/, '')}`;
  const last = blockEnd === -1 ? text.length : blockEnd;
  const afterEnd = Math.min(last, end + CONTEXT_CHARS);
  let after = text.slice(end, afterEnd).replace(/\s+/g, ' ');
  if (afterEnd < last) after = `${after.replace(/\s?\S*$/, '')}…`;
  return { before: before.trimStart(), after: after.trimEnd() };
}


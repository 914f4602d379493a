/**
 * Mentions: what the reader sees as one reference. The detector gives a range ("paras 28–30")
 * as one reference per paragraph, overlapping in the text; the badge, the popup and the side
 * panel count and list the mention once.
 */

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

/** DOM ranges: the later one starts before the earlier one ends. */
export const rangesOverlap = (earlier: { range: Range }, later: { range: Range }) =>
  earlier.range.compareBoundaryPoints(Range.START_TO_END, later.range) > 0;

const CONTEXT_CHARS = 48;

/** A few whole words either side of a mention, for telling one mention from another in a list. */
export function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  const beforeStart = Math.max(0, start - CONTEXT_CHARS);
  let before = text.slice(beforeStart, start).replace(/\s+/g, ' ');
  if (beforeStart > 0) before = `…${before.replace(/^\S*\s?/, '')}`;
  const afterEnd = Math.min(text.length, end + CONTEXT_CHARS);
  let after = text.slice(end, afterEnd).replace(/\s+/g, ' ');
  if (afterEnd < text.length) after = `${after.replace(/\s?\S*$/, '')}…`;
  return { before: before.trimStart(), after: after.trimEnd() };
}

/** The block a mention sits in (a paragraph, list item, cell): large containers would make every mention read the whole page. */
const CONTEXT_BLOCKS = 'p, li, td, th, dd, dt, blockquote, figcaption, h1, h2, h3, h4, h5, h6';

/** `contextAround` for a mention on a page, read from its paragraph (or its text node outside one). */
export function rangeContext(range: Range): { before: string; after: string } {
  const ancestor = range.commonAncestorContainer;
  const element = ancestor.nodeType === Node.ELEMENT_NODE ? (ancestor as Element) : ancestor.parentElement;
  const block: Node = element?.closest(CONTEXT_BLOCKS) ?? ancestor;
  const lead = range.cloneRange();
  lead.setStart(block, 0);
  lead.setEnd(range.startContainer, range.startOffset);
  const start = lead.toString().length;
  return contextAround(block.textContent ?? '', start, start + range.toString().length);
}

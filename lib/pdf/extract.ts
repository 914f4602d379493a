/**
 * From pdf.js text items to the text the detector reads, for a whole document: running
 * lines are judged once on a sample of pages, then every page is read the same way, so
 * that the text of a page never changes once read.
 */
import { findRunningLines, marginItems, type PageLines } from './margins';
import { buildPageText, type PageText } from './page-text';
import { readLines, type PdfTextItem } from './text-lines';

export interface PageItems {
  items: readonly PdfTextItem[];
  width: number;
  height: number;
}

/** Pages sampled to find running headers and footers: the first ones and some spread over the rest. */
export function samplePageNumbers(pageCount: number, size = 10): number[] {
  if (pageCount <= size) return Array.from({ length: pageCount }, (_, i) => i);
  const picked = new Set<number>([0, 1, 2, 3]);
  const step = (pageCount - 1) / (size - 4);
  for (let i = 1; picked.size < size; i++) picked.add(Math.min(pageCount - 1, Math.round(4 + i * step - step / 2)));
  return [...picked].sort((a, b) => a - b);
}

export function linesOf(page: PageItems): PageLines {
  return { lines: readLines(page.items), width: page.width, height: page.height };
}

/** A reader of pages that knows the document's running lines (found in `sample`). */
export function createPageReader(sample: readonly PageItems[]) {
  const running = findRunningLines(sample.map(linesOf));
  return (page: PageItems): PageText => {
    const lines = linesOf(page);
    return buildPageText(lines.lines, marginItems(lines, running));
  };
}

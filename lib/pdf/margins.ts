/**
 * Running headers and footers, page numbers, document symbols and job numbers in the
 * margins: printed on every page, they are not the document's text, and left in they
 * would read as paragraphs ("3" at the foot of page 3) or split a paragraph in two.
 */
import { lineText, type Line, type Run } from './text-lines';

export interface PageLines {
  lines: Line[];
  width: number;
  height: number;
}

/** Shares of the page height (top, bottom) and width (sides) where running text is printed. */
const TOP_BAND = 0.1;
const BOTTOM_BAND = 0.09;
const SIDE_BAND = 0.07;

const PAGE_NUMBER = /^(?:page\s+|p\.\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|sur|de|из)\s*\d{1,4})?$/i;
/** UN document symbols: A/AC.292/2024/CRP.1, A/79/214, S/2024/1, E/CN.4/2005/L.1. */
const DOCUMENT_SYMBOL = /^[A-Z]{1,4}(?:\/[A-Za-z0-9.-]+){1,6}\*?$/;
/** Job numbers and their barcode text: "24-12345 (E)", "24-12345 (E)  170724", "*2412345*". */
const JOB_NUMBER = /^(?:\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{6})?|\*\d{7}\*)$/;

type Band = 'top' | 'bottom' | 'side';

/** A line's runs split where a wide gap separates them: symbol on the left, page number on the right. */
export function cellsOf(line: Line): Run[][] {
  const cells: Run[][] = [];
  let cell: Run[] = [];
  let end = -Infinity;
  for (const run of line.runs) {
    const blank = run.str.trim() === '';
    if (cell.length > 0 && (run.x - end > 2 * line.size || (blank && run.width > 2 * line.size))) {
      cells.push(cell);
      cell = [];
    }
    if (!blank || cell.length > 0) cell.push(run);
    end = Math.max(end, run.x + run.width);
  }
  if (cell.some((run) => run.str.trim() !== '')) cells.push(cell);
  return cells;
}

function bandOf(cell: Run[], page: PageLines): Band | null {
  const first = cell[0]!;
  if (first.y > page.height * (1 - TOP_BAND)) return 'top';
  if (first.y < page.height * BOTTOM_BAND) return 'bottom';
  const end = Math.max(...cell.map((run) => run.x + run.width));
  if (first.rotated || end < page.width * SIDE_BAND * 1.5 || first.x > page.width * (1 - SIDE_BAND)) return 'side';
  return null;
}

/** What a running line looks like whatever the page: digits masked, case and spacing folded. */
function shapeOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function isMarginPattern(text: string): boolean {
  const value = text.replace(/\s+/g, ' ').trim();
  return PAGE_NUMBER.test(value) || DOCUMENT_SYMBOL.test(value) || JOB_NUMBER.test(value);
}

/**
 * The running lines of a document, judged on a sample of its pages: a margin text whose
 * shape recurs in the same band on at least half of them (and on two at least).
 */
export function findRunningLines(sample: readonly PageLines[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const page of sample) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      for (const cell of cellsOf(line)) {
        const band = bandOf(cell, page);
        if (band) seen.add(`${band}:${shapeOf(lineText(cell))}`);
      }
    }
    for (const key of seen) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(sample.length / 2));
  return new Set([...pagesWith].filter(([, count]) => count >= least).map(([key]) => key));
}

/** The items of a page that are running text: left out of the text the detector reads. */
export function marginItems(page: PageLines, running: ReadonlySet<string>): Set<number> {
  const dropped = new Set<number>();
  for (const line of page.lines) {
    for (const cell of cellsOf(line)) {
      const band = bandOf(cell, page);
      if (!band) continue;
      const text = lineText(cell);
      if (isMarginPattern(text) || running.has(`${band}:${shapeOf(text)}`)) {
        for (const run of cell) dropped.add(run.item);
      }
    }
  }
  return dropped;
}

/**
 * The text runs of one PDF page, as pdf.js extracts them, grouped into lines. A PDF has no
 * words or lines, only runs of glyphs placed on the page: numbers and letters, a footnote
 * marker, a hyphenated word, each may be a run of its own.
 */

/** What we read of a pdf.js TextItem (the same shape, so that tests can write them by hand). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the run's text matrix in PDF units (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface Run {
  /** Index among the page's text items: the same index as the span in pdf.js's text layer. */
  item: number;
  str: string;
  x: number;
  /** Baseline, PDF units, upwards. */
  y: number;
  size: number;
  width: number;
  rotated: boolean;
  /** Smaller than its line and raised: a footnote marker or an ordinal suffix. */
  superscript: boolean;
}

export interface Line {
  runs: Run[];
  /** Baseline and font size of the line's main text (its largest runs). */
  y: number;
  size: number;
}

/** A run this much smaller than its line, and raised, is a superscript. */
const SUPERSCRIPT_RATIO = 0.8;

function toRun(item: PdfTextItem, index: number): Run {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || 1;
  return { item: index, str: item.str, x, y, size, width: item.width, rotated: Math.abs(b) > 1e-3 || a < 0, superscript: false };
}

function fitsLine(line: Line, run: Run): boolean {
  const last = line.runs[line.runs.length - 1]!;
  if (run.rotated !== last.rotated) return false;
  // Far back to the left on the same height: another column.
  if (run.x < last.x + last.width - 2 * line.size) return false;
  const rise = run.y - line.y;
  if (Math.abs(rise) <= 0.35 * Math.max(run.size, line.size)) return true;
  // A small raised run after the text (a marker), or the text after a line that so far holds only a marker.
  if (run.size < SUPERSCRIPT_RATIO * line.size) return rise > 0 && rise <= 0.8 * line.size;
  const onlySmall = line.runs.every((each) => each.size < SUPERSCRIPT_RATIO * run.size);
  return onlySmall && rise < 0 && -rise <= 0.8 * run.size;
}

/** Groups a page's items into lines, in the order the page draws them. Empty items only mark line ends. */
export function readLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  items.forEach((item, index) => {
    if (item.str === '') return;
    const run = toRun(item, index);
    if (line && fitsLine(line, run)) {
      line.runs.push(run);
      if (run.size > line.size) {
        line.size = run.size;
        line.y = run.y;
      }
      return;
    }
    line = { runs: [run], y: run.y, size: run.size };
    lines.push(line);
  });
  for (const each of lines) {
    for (const run of each.runs) {
      run.superscript = run.size < SUPERSCRIPT_RATIO * each.size && run.y - each.y > 0.15 * each.size;
    }
  }
  return lines;
}

/** Footnote markers: superscript runs of digits or note symbols ("12", "*", "†"), never letters ("th" of "8th"). */
export function isFootnoteMarker(run: Run): boolean {
  return run.superscript && /^\s*[\d*†‡§]{1,3}\s*$/.test(run.str);
}

export function lineText(runs: readonly Run[]): string {
  return runs.map((run) => run.str).join('');
}

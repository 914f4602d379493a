/**
 * One page's text as the detector reads it, with an exact map back to the text runs (the
 * spans of pdf.js's text layer): runs joined into lines and blocks, words hyphenated across
 * a line end joined again, running headers, footers and footnote markers left out.
 *
 * Every run contributes a prefix of its own string (all of it, or all but a line-end
 * hyphen); everything else in the text (spaces between runs, line joins, block separators)
 * belongs to no run. So an offset maps back by binary search, as in lib/page/text-index.
 */
import { BLOCK_SEPARATOR } from '../page/text-index';
import { isFootnoteMarker, type Line, type Run } from './text-lines';

export interface MappedRun {
  /** The text item (text-layer span) index on its page. */
  item: number;
  /** Offset in the page text where the run's contribution starts, and its length. */
  start: number;
  length: number;
}

export interface PageText {
  text: string;
  runs: MappedRun[];
  /** Offsets of the blocks that are footnotes (a marker first, and the smaller lines after it). */
  footnotes: number[];
}

/** A line that starts a numbered paragraph ("29.") or a lettered sub-paragraph ("(e)", "(iv)"). */
const PARAGRAPH_LABEL = /^\s*(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivx]{1,6})\))(?:\s|$)/;
/** A word broken at a line end: a letter, then the hyphen. */
const LINE_END_HYPHEN = /(\p{L})[-\u00ad\u2010]\s*$/u;

interface Piece {
  run: Run | null;
  text: string;
}

/** A line's kept runs as pieces, with a space wherever the runs leave a gap between them. */
function linePieces(runs: Run[], size: number): Piece[] {
  const pieces: Piece[] = [];
  let previous: Run | null = null;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const spaced = /\s$/.test(previous.str) || /^\s/.test(run.str);
      if (!spaced && gap > 0.15 * size) pieces.push({ run: null, text: ' ' });
    }
    pieces.push({ run, text: run.str });
    previous = run;
  }
  return pieces;
}

function startsNewBlock(previous: Line | null, line: Line, text: string): boolean {
  if (!previous) return false;
  // A footnote starts with its marker.
  if (line.runs[0] && isFootnoteMarker(line.runs[0])) return true;
  const drop = previous.y - line.y;
  const size = Math.max(previous.size, line.size);
  if (drop < 0.5 * size || drop > 1.6 * size) return true; // back up the page, or a wider gap
  if (Math.abs(previous.size - line.size) > 0.15 * size) return true; // a heading, or the footnotes
  return PARAGRAPH_LABEL.test(text);
}

/**
 * The page's text. `dropped` holds the items left out (running headers and footers);
 * superscript footnote markers are left out here.
 */
export function buildPageText(lines: readonly Line[], dropped: ReadonlySet<number>): PageText {
  let text = '';
  const runs: MappedRun[] = [];
  const footnotes: number[] = [];
  let previousLine: Line | null = null;
  let footnoteSize = 0;

  const append = (piece: Piece) => {
    if (piece.text.length === 0) return;
    if (piece.run) runs.push({ item: piece.run.item, start: text.length, length: piece.text.length });
    text += piece.text;
  };

  for (const line of lines) {
    const kept = line.runs.filter((run) => !dropped.has(run.item) && !isFootnoteMarker(run));
    const pieces = linePieces(kept, line.size);
    const lineString = pieces.map((piece) => piece.text).join('');
    if (lineString.trim() === '') continue;

    const marker = line.runs[0] !== undefined && isFootnoteMarker(line.runs[0]);
    if (marker) footnoteSize = line.size;
    const footnote = marker || (footnoteSize > 0 && line.size <= footnoteSize);
    if (!previousLine && footnote) footnotes.push(0);
    if (previousLine) {
      if (startsNewBlock(previousLine, line, lineString)) {
        text += BLOCK_SEPARATOR;
        if (footnote) footnotes.push(text.length);
      } else if (LINE_END_HYPHEN.test(text.slice(-8)) && /^\s*\p{Ll}/u.test(lineString)) {
        // "para-" + "graph": the hyphen (and any space after it) taken back out of the runs it came from.
        const tail = text.slice(-8);
        const hyphenAt = text.length - tail.length + tail.search(/[-\u00ad\u2010]\s*$/);
        text = text.slice(0, hyphenAt);
        while (runs.length > 0 && runs[runs.length - 1]!.start >= hyphenAt) runs.pop();
        const last = runs[runs.length - 1];
        if (last && last.start + last.length > hyphenAt) last.length = hyphenAt - last.start;
        appendLine(pieces, true);
        previousLine = line;
        continue;
      } else if (!/[\s-]$/.test(text) && !/^\s/.test(lineString)) {
        text += ' ';
      }
    }
    appendLine(pieces, false);
    previousLine = line;
  }

  /** Appends a line's pieces; after a dehyphenated join, without the blank pieces it starts with. */
  function appendLine(pieces: Piece[], trimStart: boolean) {
    let leading = trimStart;
    for (const piece of pieces) {
      if (leading && piece.text.trim() === '') continue;
      leading = false;
      append(piece);
    }
  }

  return { text, runs, footnotes };
}

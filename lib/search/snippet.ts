/**
 * A short excerpt of a text around its first matched word, cut into plain and matched
 * segments. The UI renders segments as text nodes and <mark> elements: nothing here is HTML.
 */
import { normalizeTerm, words } from './terms';

export interface SnippetSegment {
  text: string;
  match: boolean;
}

const ELLIPSIS = '…';

/**
 * `terms` are normalised words as the index holds them (MiniSearch's matched terms);
 * a word of the text matches when its normalised form is one of them.
 */
export function snippet(text: string, terms: Iterable<string>, maxLength = 180): SnippetSegment[] {
  const wanted = new Set(terms);
  const flat = text.replace(/\s+/g, ' ').trim();
  const matches: { start: number; end: number }[] = [];
  for (const { word, start, end } of words(flat)) {
    if (wanted.has(normalizeTerm(word))) matches.push({ start, end });
  }
  const [from, to] = window(flat, matches[0]?.start ?? 0, maxLength);
  const segments: SnippetSegment[] = [];
  let at = from;
  const push = (segment: SnippetSegment) => segment.text && segments.push(segment);
  if (from > 0) push({ text: ELLIPSIS, match: false });
  for (const match of matches) {
    if (match.start < from || match.end > to) continue;
    push({ text: flat.slice(at, match.start), match: false });
    push({ text: flat.slice(match.start, match.end), match: true });
    at = match.end;
  }
  push({ text: flat.slice(at, to), match: false });
  if (to < flat.length) push({ text: ELLIPSIS, match: false });
  return mergePlain(segments);
}

/** A window of at most `maxLength` characters that shows `focus` with some text before it, cut at spaces. */
function window(text: string, focus: number, maxLength: number): [number, number] {
  if (text.length <= maxLength) return [0, text.length];
  let from = Math.max(0, focus - Math.floor(maxLength / 4));
  let to = Math.min(text.length, from + maxLength);
  from = Math.max(0, to - maxLength);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < focus) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > focus) to = space;
  }
  return [from, to];
}

function mergePlain(segments: SnippetSegment[]): SnippetSegment[] {
  const merged: SnippetSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && !last.match && !segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

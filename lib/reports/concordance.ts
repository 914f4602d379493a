/**
 * Which paragraph of one version of a report is which paragraph of another, by their text,
 * never by their numbers alone: a paragraph can be renumbered, edited, split in two, merged
 * with another or dropped. Texts are compared as sets of character trigrams (any script,
 * no word splitting needed for Chinese), found through an index of trigrams so that only
 * paragraphs sharing text are compared. Below the threshold nothing is matched.
 */
import type { ReportParagraph } from '../data/schema';

export type ConcordanceKind = 'same' | 'renumbered' | 'edited' | 'split' | 'merged' | 'dropped';

export interface ConcordanceEntry {
  /** `29e` in the first version… */
  from: string;
  /** …and where its text went in the second: one paragraph, several (split), none (dropped). */
  to: string[];
  /** 0–1: how much of the text is the same (for a split or merge, how much of the smaller one is in the larger). */
  similarity: number;
  kind: ConcordanceKind;
}

/** Two paragraphs whose texts share less than this are different paragraphs. */
export const MIN_SIMILARITY = 0.5;
/** A part this much contained in a larger paragraph was split off from it or merged into it. */
const MIN_CONTAINED = 0.8;

export function unitKey(paragraph: Pick<ReportParagraph, 'para' | 'sub'>): string {
  return `${paragraph.para}${paragraph.sub ?? ''}`;
}

function trigramsOf(text: string): Set<string> {
  const folded = ` ${text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) grams.add(folded.slice(i, i + 3));
  return grams;
}

interface Unit {
  key: string;
  grams: Set<string>;
}

/** Shared trigrams of every unit of `from` with the units of `to` that share any. */
function overlaps(from: Unit[], to: Unit[]): Map<number, number>[] {
  const postings = new Map<string, number[]>();
  to.forEach((unit, index) => {
    for (const gram of unit.grams) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });
  return from.map((unit) => {
    const shared = new Map<number, number>();
    for (const gram of unit.grams) for (const index of postings.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    return shared;
  });
}

const dice = (shared: number, a: Unit, b: Unit) => (2 * shared) / (a.grams.size + b.grams.size || 1);

/** How alike two texts are, 0–1, by the measure the concordance uses. */
export function textSimilarity(a: string, b: string): number {
  const first = { key: '', grams: trigramsOf(a) };
  const second = { key: '', grams: trigramsOf(b) };
  let shared = 0;
  for (const gram of first.grams) if (second.grams.has(gram)) shared++;
  return dice(shared, first, second);
}

export function concordance(fromParagraphs: readonly ReportParagraph[], toParagraphs: readonly ReportParagraph[]): ConcordanceEntry[] {
  const from = fromParagraphs.map((paragraph) => ({ key: unitKey(paragraph), grams: trigramsOf(paragraph.text) }));
  const to = toParagraphs.map((paragraph) => ({ key: unitKey(paragraph), grams: trigramsOf(paragraph.text) }));
  const shared = overlaps(from, to);
  const contained = (part: Unit, count: number) => count / (part.grams.size || 1);

  // Paragraphs of the first version almost whole inside a larger one of the second: two or more make a merge.
  const insideOf = new Map<number, number[]>();
  shared.forEach((counts, i) => {
    for (const [index, count] of counts) {
      if (to[index]!.grams.size > from[i]!.grams.size && contained(from[i]!, count) >= MIN_CONTAINED) insideOf.set(index, [...(insideOf.get(index) ?? []), i]);
    }
  });
  const mergedInto = new Map<number, { index: number; similarity: number }>();
  for (const [index, parts] of insideOf) {
    if (parts.length < 2) continue;
    for (const i of parts) mergedInto.set(i, { index, similarity: contained(from[i]!, shared[i]!.get(index)!) });
  }

  return from.map((unit, i): ConcordanceEntry => {
    let best = -1;
    let bestScore = 0;
    const parts: { index: number; contained: number }[] = [];
    for (const [index, count] of shared[i]!) {
      const other = to[index]!;
      const score = dice(count, unit, other);
      // Ties go to the paragraph with the same number.
      if (score > bestScore || (score === bestScore && other.key === unit.key)) {
        best = index;
        bestScore = score;
      }
      if (other.grams.size < unit.grams.size && contained(other, count) >= MIN_CONTAINED) parts.push({ index, contained: contained(other, count) });
    }
    // Two or more smaller paragraphs of the second version that together make most of this one: it was split.
    const coverage = parts.reduce((sum, part) => sum + to[part.index]!.grams.size, 0) / (unit.grams.size || 1);
    if (parts.length >= 2 && coverage >= MIN_SIMILARITY) {
      parts.sort((a, b) => a.index - b.index);
      return { from: unit.key, to: parts.map((part) => to[part.index]!.key), similarity: Math.min(...parts.map((part) => part.contained)), kind: 'split' };
    }
    const merged = mergedInto.get(i);
    if (merged) return { from: unit.key, to: [to[merged.index]!.key], similarity: merged.similarity, kind: 'merged' };
    if (best >= 0 && bestScore >= MIN_SIMILARITY) {
      const key = to[best]!.key;
      const kind = bestScore === 1 ? (key === unit.key ? 'same' : 'renumbered') : 'edited';
      return { from: unit.key, to: [key], similarity: bestScore, kind };
    }
    return { from: unit.key, to: [], similarity: bestScore, kind: 'dropped' };
  });
}

/**
 * Positions on a paragraph's topic (DESIGN.md rule 7: shown as topical, in words, never
 * mixed with those that cite it): where no position cites a paragraph, those whose themes
 * are the themes of the paragraph's section (authored in reports.json), ranked by how alike
 * their words are to the paragraph's.
 */
import type { Position, Report } from '../data/schema';
import { sameParagraph } from '../paragraph-match';
import { textSimilarity } from './concordance';

export interface TopicalPosition {
  position: Position;
  /** 0–1, the paragraph's text against the position's quote or summary. */
  similarity: number;
}

/** Positions offered on a paragraph's topic at most. */
const MAX_TOPICAL = 3;

/** "B. Existing and potential threats" and "Existing and potential threats" are one heading. */
function headingWords(heading: string): string {
  return heading
    .replace(/^\s*(?:[A-ZА-Я]|[IVX]{1,5}|\d{1,2})[.)]\s+/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function sectionOf(report: Report, paragraph: { heading: string | null; para: number }): Report['sections'][number] | null {
  const printed = paragraph.heading ? headingWords(paragraph.heading) : null;
  const byHeading = printed ? report.sections.find((section) => section.heading && headingWords(section.heading) === printed) : undefined;
  if (byHeading) return byHeading;
  return (
    report.sections.find(
      (section) => section.paragraphs && section.paragraphs.last !== null && section.paragraphs.first <= paragraph.para && paragraph.para <= section.paragraphs.last,
    ) ?? null
  );
}

/**
 * The topical positions of a captured paragraph: none where a position cites it (those are
 * shown as citing it) or where its section has no themes.
 */
export function topicalPositions(
  key: string,
  paragraph: { heading: string | null; para: number; text: string; leadIn: string | null },
  report: Report | undefined,
  positions: readonly Position[],
): TopicalPosition[] {
  const linked = (position: Position) => position.paragraphs.filter((link) => sameParagraph(link.key, key));
  if (positions.some((position) => linked(position).some((link) => link.kind === 'cited'))) return [];
  const section = report ? sectionOf(report, paragraph) : null;
  const themes = new Set(section?.themes ?? []);
  if (themes.size === 0) return [];
  const words = [paragraph.leadIn, paragraph.text].filter(Boolean).join(' ');
  return positions
    .filter((position) => linked(position).length === 0 && position.themes.some((theme) => themes.has(theme)))
    .map((position) => ({ position, similarity: textSimilarity(words, `${position.quote} ${position.summary}`) }))
    .sort((a, b) => b.similarity - a.similarity || a.position.id.localeCompare(b.position.id))
    .slice(0, MAX_TOPICAL);
}

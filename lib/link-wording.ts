/**
 * What a position's link to a paragraph rests on, in words (docs/architecture.md, rule 7): the card, the
 * side panel and search say "cites" only where the publication names the paragraph, and
 * "on the topic" where an editor, or a theme, relates it.
 */
import type { ParagraphRef } from './data/schema';
import { t } from './i18n';
import { paragraphLabel } from './paragraph-label';
import { sameParagraph } from './paragraph-match';

/**
 * The links to show for a position on a card about `paragraphKey`: those on that paragraph,
 * or every link where none is (a position placed on this version by the text it quotes).
 */
export function linksShown(links: readonly ParagraphRef[], paragraphKey?: string): readonly ParagraphRef[] {
  if (!paragraphKey) return links;
  const here = links.filter((link) => sameParagraph(link.key, paragraphKey));
  return here.length > 0 ? here : links;
}

/** One link as a sentence: "Cites this paragraph (“para 29 e”)", "On the topic of …, by an editor: …". */
export function linkWording(link: ParagraphRef, paragraphKey?: string): string {
  const here = paragraphKey !== undefined && sameParagraph(link.key, paragraphKey);
  if (link.kind === 'cited') {
    return here ? t('linkCitesThis', [link.cites]) : t('linkCitesOther', [paragraphLabel(link.key), link.cites]);
  }
  return here ? t('linkTopicalThis', [link.reason]) : t('linkTopicalOther', [paragraphLabel(link.key), link.reason]);
}

/** A position offered on a paragraph by its themes alone: it names no paragraph. */
export function byThemeWording(): string {
  return t('linkByTheme');
}

/** What a position's link to the paragraph rests on, in words: cited or topical (docs/architecture.md, rule 7). */
import type { ParagraphRef } from '../lib/data/schema';
import { byThemeWording, linksShown, linkWording } from '../lib/link-wording';

export interface LinkKindProps {
  links: readonly ParagraphRef[];
  /** The paragraph the card is about, where it is about one. */
  paragraphKey?: string | undefined;
}

export function LinkKind({ links, paragraphKey }: LinkKindProps) {
  const shown = linksShown(links, paragraphKey);
  if (shown.length === 0) return paragraphKey ? <p class="link-kind link-topical">{byThemeWording()}</p> : null;
  return (
    <>
      {shown.map((link) => (
        <p key={link.key} class={`link-kind link-${link.kind}`}>
          {linkWording(link, paragraphKey)}
        </p>
      ))}
    </>
  );
}

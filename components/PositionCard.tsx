/** One paragraph's ICT4Peace positions: the card on the page, in the PDF reader and in the side panel. */
import type { Position } from '../lib/data/schema';
import { formatDay } from '../lib/format-date';
import { t } from '../lib/i18n';
import { themeLabel } from '../lib/theme-label';
import { LinkKind } from './LinkKind';

export type CardPosition = Pick<
  Position,
  'id' | 'title' | 'date' | 'dateApproximate' | 'quote' | 'summary' | 'sourceUrl' | 'sourceTitle' | 'themes' | 'paragraphs'
>;

export interface PositionListProps {
  positions: CardPosition[];
  /** The paragraph the list is about: each position says whether it cites it or is on its topic. */
  paragraphKey?: string | undefined;
}

export function PositionList({ positions, paragraphKey }: PositionListProps) {
  if (positions.length === 0) return <p class="empty">{t('cardNoPositions')}</p>;
  return (
    <ul class="positions">
      {positions.map((position) => (
        <li key={position.id} class="position">
          <h3 class="position-title">{position.title}</h3>
          <LinkKind links={position.paragraphs} paragraphKey={paragraphKey} />
          <p class="position-date">
            {position.date && <time dateTime={position.date}>{formatDay(position.date)}</time>}
            {position.dateApproximate ? ` (${t('cardApproximateDate')})` : ''}
          </p>
          {position.summary && <p class="position-summary">{position.summary}</p>}
          {position.quote && <blockquote class="position-quote">{position.quote}</blockquote>}
          <p class="position-meta">
            {position.sourceUrl ? (
              <a href={position.sourceUrl} target="_blank" rel="noopener noreferrer" title={position.sourceTitle}>
                {t('cardSource')}
              </a>
            ) : (
              <span class="source-title">{`${t('cardSource')}: ${position.sourceTitle}`}</span>
            )}
            {position.themes.map((theme) => (
              <span key={theme} class="theme">
                {themeLabel(theme)}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One paragraph's ICT4Peace positions: the card on the page, in the PDF reader and in the side panel. */
import { t } from '../lib/i18n';

export interface CardPosition {
  id: string;
  title: string;
  date: string;
  dateApproximate?: boolean;
  quote: string;
  sourceUrl: string;
  themes: string[];
}

export interface PositionListProps {
  positions: CardPosition[];
}

export function PositionList({ positions }: PositionListProps) {
  if (positions.length === 0) return <p class="empty">{t('cardNoPositions')}</p>;
  return (
    <ul class="positions">
      {positions.map((position) => (
        <li key={position.id} class="position">
          <h3 class="position-title">{position.title}</h3>
          <p class="position-date">
            <time dateTime={position.date}>{position.date}</time>
            {position.dateApproximate ? ` (${t('cardApproximateDate')})` : ''}
          </p>
          {position.quote && <blockquote class="position-quote">{position.quote}</blockquote>}
          <p class="position-meta">
            <a href={position.sourceUrl} target="_blank" rel="noopener noreferrer">
              {t('cardSource')}
            </a>
            {position.themes.map((theme) => (
              <span key={theme} class="theme">
                {theme}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

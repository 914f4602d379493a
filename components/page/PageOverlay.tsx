/** Our UI inside the page: the positions card, margin markers and a live region, all in our shadow root. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tp } from '../../lib/i18n';
import { placeCard, type Placement, type Rect } from '../../lib/page/card-placement';
import { ParagraphText } from '../ParagraphText';
import { CopyCitation } from '../CopyCitation';
import { PositionList, type CardPosition } from '../PositionCard';
import { trusted } from './trusted';

export interface OverlayCard {
  key: string;
  label: string;
  positions: CardPosition[];
  /** The reference's box in the viewport: the card is placed so as never to cover it. */
  anchor: Rect;
  placedByQuote: boolean;
  /** Opened from the keyboard: focus moves into the card. */
  focus: boolean;
}

export interface OverlayMarker {
  id: string;
  /** Document coordinates of the marker's top-left corner. */
  top: number;
  left: number;
  label: string;
  count: number;
  /** There is room left of the paragraph: the marker ends at `left` instead of starting there. */
  inMargin: boolean;
}

export interface PageOverlayProps {
  card: OverlayCard | null;
  markers: OverlayMarker[];
  announcement: string;
  onClose(): void;
  onAddNote(key: string): void;
  onMarker(id: string, byKeyboard: boolean): void;
  onCardPointer(inside: boolean): void;
}

export function PageOverlay(props: PageOverlayProps) {
  return (
    <>
      {props.markers.map((marker) => {
        // Words, not a bare number beside the paragraph's own; the name starts with what is shown.
        const text = tp('positionCount', marker.count);
        return (
          <button
            key={marker.id}
            type="button"
            class={`marker${marker.inMargin ? ' in-margin' : ''}`}
            style={{ top: `${marker.top}px`, left: `${marker.left}px` }}
            aria-label={t('markerLabel', [text, marker.label])}
            onClick={trusted((event) => props.onMarker(marker.id, event.detail === 0))}
          >
            {text}
          </button>
        );
      })}
      {props.card && <Card {...props} card={props.card} />}
      <div class="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </div>
    </>
  );
}

function Card({ card, onClose, onAddNote, onCardPointer }: PageOverlayProps & { card: OverlayCard }) {
  const element = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const titleId = `apr-lens-card-title`;

  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    const place = () => {
      const size = { width: box.offsetWidth, height: box.scrollHeight };
      const next = placeCard(card.anchor, size, { width: window.innerWidth, height: window.innerHeight });
      setPlacement((before) => (before && JSON.stringify(before) === JSON.stringify(next) ? before : next));
    };
    place();
    // Parts that arrive later (the paragraph's text) change the card's height: placed again, never over the reference.
    const resized = new ResizeObserver(place);
    resized.observe(box);
    return () => resized.disconnect();
  }, [card.anchor.top, card.anchor.left, card.key, card.positions.length]);

  // Focus once the card is placed: a hidden element cannot take focus.
  useLayoutEffect(() => {
    if (card.focus && placement) element.current?.focus();
  }, [card.key, card.focus, placement === null]);

  return (
    <div
      ref={element}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={
        placement
          ? { top: `${placement.top}px`, left: `${placement.left}px`, maxHeight: `${placement.maxHeight}px` }
          : { top: '0px', left: '0px', visibility: 'hidden' }
      }
      onMouseEnter={trusted(() => onCardPointer(true))}
      onMouseLeave={trusted(() => onCardPointer(false))}
      onKeyDown={trusted((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      })}
    >
      <div class="card-header">
        <h2 class="card-title" id={titleId}>
          {t('cardTitle', [card.label])}
        </h2>
        <button type="button" onClick={trusted(onClose)} aria-label={t('cardClose')}>
          ×
        </button>
      </div>
      {card.placedByQuote && <p class="note">{t('cardPlacedByQuote')}</p>}
      <ParagraphText paragraphKey={card.key} />
      <PositionList positions={card.positions} paragraphKey={card.key} />
      <div class="card-actions">
        <button type="button" onClick={trusted(() => onAddNote(card.key))}>
          {t('cardAddNote')}
        </button>
        <CopyCitation paragraphKey={card.key} />
      </div>
      <p class="hint">{t('cardHint')}</p>
    </div>
  );
}

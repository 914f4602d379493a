/** Where a card goes so that it never covers the reference it describes. */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The most the card may be tall on that side; it scrolls inside beyond that. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Rect, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { top, left, side, maxHeight };
}

import { describe, expect, it } from 'vitest';
import { placeCard } from './card-placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

function overlaps(a: { top: number; bottom: number }, b: { top: number; bottom: number }) {
  return a.top < b.bottom && b.top < a.bottom;
}

describe('placeCard', () => {
  it('goes below a reference near the top', () => {
    const placed = placeCard({ top: 100, left: 50, width: 80, height: 20 }, card, viewport);
    expect(placed.side).toBe('below');
    expect(placed.top).toBeGreaterThanOrEqual(120);
  });

  it('goes above a reference near the bottom', () => {
    const anchor = { top: 700, left: 50, width: 80, height: 20 };
    const placed = placeCard(anchor, card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(anchor.top);
  });

  it('never covers the reference, even when neither side has room for all of it', () => {
    for (let top = 0; top < 800; top += 37) {
      const anchor = { top, left: 900, width: 60, height: 18 };
      const placed = placeCard(anchor, { width: 360, height: 900 }, viewport);
      const height = Math.min(900, placed.maxHeight);
      expect(overlaps({ top: placed.top, bottom: placed.top + height }, { top, bottom: top + 18 })).toBe(false);
      expect(placed.left + 360).toBeLessThanOrEqual(viewport.width);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { firstFromView, inView } from './walk-order';

const at = (...tops: number[]) => tops.map((top) => ({ range: { getBoundingClientRect: () => ({ top, bottom: top + 20 }) } }));

describe('where the keyboard walk starts', () => {
  const targets = at(-900, -300, 40, 500, 1400, 2600);
  it('forward: the first reference in or below the view, not the first of the page', () => {
    expect(firstFromView(targets, 1, 900)).toBe(2);
    expect(firstFromView(at(-500, -100), 1, 900)).toBe(0);
  });
  it('backward: the last reference in or above the view', () => {
    expect(firstFromView(targets, -1, 900)).toBe(3);
    expect(firstFromView(at(1000, 2000), -1, 900)).toBe(1);
  });
  it('knows what is in view', () => {
    expect(inView({ top: 40, bottom: 60 }, 900)).toBe(true);
    expect(inView({ top: -60, bottom: -40 }, 900)).toBe(false);
    expect(inView({ top: 950, bottom: 970 }, 900)).toBe(false);
  });
});

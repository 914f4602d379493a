// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from './text-index';
import { firstBelow, viewportTextEnd } from './viewport-text';

describe('the text in view', () => {
  it('finds the first item below a line by binary search', () => {
    const tops = [0, 100, 200, 300, 400, 500];
    const asked: number[] = [];
    const topOf = (index: number) => (asked.push(index), tops[index]!);
    expect(firstBelow(tops.length, 250, topOf)).toBe(3);
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(firstBelow(tops.length, 1000, topOf)).toBe(6);
    expect(firstBelow(tops.length, -1, topOf)).toBe(0);
    expect(firstBelow(0, 10, topOf)).toBe(0);
  });

  it('ends at a block boundary, or at the end of the text when it is all in view', () => {
    document.body.innerHTML = '<p>one</p><p>two <b>bold</b> more</p><p>three</p>';
    const index = buildTextIndex(document.body);
    // happy-dom lays nothing out: every node is at the top, in view.
    expect(viewportTextEnd(index, window)).toBe(index.text.length);
    const end = viewportTextEnd(index, { ...window, innerHeight: -1, document } as unknown as Window);
    expect(index.text.slice(0, end)).toBe('one');
  });
});

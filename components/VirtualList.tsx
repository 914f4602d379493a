/**
 * A scrolling list that renders only the rows in view (and a margin around them): a page with
 * thousands of mentions, or ten thousand notes, costs what a screenful costs. Rows may differ
 * in height: each is measured once drawn, and rows not yet drawn count as `estimate`.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  render(item: T, index: number): ComponentChildren;
  /** Height in pixels assumed for a row not yet drawn. */
  estimate: number;
  label: string;
  class?: string;
}

/** Drawn beyond each edge of the view, so that Tab and the arrow keys always have a next row. */
const MARGIN_PX = 600;
/** Where there is no layout to read (a document never painted), the view is taken to be this tall. */
const UNMEASURED_VIEW_PX = 800;

export function VirtualList<T>({ items, keyOf, render, estimate, label, class: className }: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = useState(0);
  const [, setMeasured] = useState(0);

  const offsets = new Array<number>(items.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i]! + (heights.current.get(keyOf(items[i]!)) ?? estimate);
  const view = scroller.current?.clientHeight || UNMEASURED_VIEW_PX;
  const first = Math.max(0, firstEndingAfter(offsets, scrollTop - MARGIN_PX));
  const last = Math.min(items.length, firstEndingAfter(offsets, scrollTop + view + MARGIN_PX) + 1);

  // Measure the rows just drawn; a change moves the rows below, so draw again with it.
  useLayoutEffect(() => {
    let changed = false;
    for (const row of scroller.current?.querySelectorAll<HTMLElement>(':scope > [data-row]') ?? []) {
      const height = row.offsetHeight;
      const key = row.dataset.row!;
      if (height > 0 && heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  return (
    <div
      ref={scroller}
      class={`virtual-list${className ? ` ${className}` : ''}`}
      role="region"
      aria-label={label}
      // Scrollable by keyboard as well.
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div aria-hidden="true" style={{ height: `${offsets[first]}px` }} />
      {items.slice(first, last).map((item, i) => (
        <div key={keyOf(item)} data-row={keyOf(item)}>
          {render(item, first + i)}
        </div>
      ))}
      <div aria-hidden="true" style={{ height: `${offsets[items.length]! - offsets[last]!}px` }} />
    </div>
  );
}

/** The index of the first row that ends below `y` (binary search over the rows' offsets). */
function firstEndingAfter(offsets: number[], y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

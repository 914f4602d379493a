/** The order the keyboard walks a page's references in, and where a walk starts: what the reader is looking at. */

export function inDocumentOrder(a: { range: Range }, b: { range: Range }): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

type Box = { top: number; bottom: number };

export function inView(box: Box, viewHeight: number): boolean {
  return box.bottom > 0 && box.top < viewHeight;
}

/**
 * Where a walk starts: forward, the first target that starts in or below the view; backward,
 * the last that ends in or above it; wrapping round at the ends. Targets are in document
 * order, so their boxes are (nearly) in vertical order: a binary search finds it.
 */
export function firstFromView(targets: readonly { range: { getBoundingClientRect(): Box } }[], direction: 1 | -1, viewHeight: number): number {
  const box = (i: number) => targets[i]!.range.getBoundingClientRect();
  if (direction === 1) {
    const below = lowerBound(targets.length, (i) => box(i).top >= 0);
    return below < targets.length ? below : 0;
  }
  const after = lowerBound(targets.length, (i) => box(i).bottom > viewHeight);
  return after > 0 ? after - 1 : targets.length - 1;
}

/** The first index in [0, n) at which `past` holds, `past` being false then true along the indexes. */
function lowerBound(n: number, past: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (past(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Where the text the reader sees first ends in a page's text index: what is highlighted
 * first, before the rest of the page (docs/architecture.md, "One pass over the page").
 */
import { BLOCK_SEPARATOR, type TextIndex } from './text-index';

/**
 * The first of `count` items whose top (`topOf`) lies below `limit`, or `count` if none
 * does: a binary search, as text nodes in document order mostly run down the page. Where a
 * layout does not (columns, fixed parts), the answer is near, and nothing depends on more.
 */
export function firstBelow(count: number, limit: number, topOf: (index: number) => number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (topOf(middle) > limit) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The offset in the index's text where the block ends that holds the last text node within
 * `screens` viewport heights of the top of the window; the text's length when it all is.
 */
export function viewportTextEnd(index: TextIndex, view: Window, screens = 2): number {
  const range = view.document.createRange();
  const topOf = (at: number) => {
    range.selectNodeContents(index.nodes[at]!);
    return range.getBoundingClientRect().top;
  };
  const below = firstBelow(index.nodes.length, view.innerHeight * screens, topOf);
  if (below >= index.nodes.length) return index.text.length;
  const end = index.text.indexOf(BLOCK_SEPARATOR, index.starts[below]!);
  return end < 0 ? index.text.length : end;
}

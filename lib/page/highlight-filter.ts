/** A highlighter that leaves some highlights out (references without positions, when the reader turned them off). */
import type { HighlightName, Highlighter } from './highlighter';

export function withoutHighlights(highlighter: Highlighter, hidden: readonly HighlightName[]): Highlighter {
  if (hidden.length === 0) return highlighter;
  return {
    ...highlighter,
    native: highlighter.native,
    add: (name, range) => (hidden.includes(name) ? undefined : highlighter.add(name, range)),
    set: (name, ranges) => highlighter.set(name, hidden.includes(name) ? [] : ranges),
  };
}

/**
 * Highlights ranges of the page without touching its DOM (docs/architecture.md, rule 4), through the
 * CSS Custom Highlight API. The styles are ours (assets/highlights.css), injected as a
 * stylesheet, not as a node.
 */
export const HIGHLIGHT_NAMES = {
  /** APR references on which ICT4Peace has at least one position. */
  withPositions: 'apr-lens-ref',
  /** APR references with no position yet. */
  withoutPositions: 'apr-lens-ref-none',
  /** Numbered paragraphs of a report page that carry positions. */
  paragraph: 'apr-lens-para',
  /** The reference whose card is open. */
  active: 'apr-lens-active',
} as const;

export type HighlightName = (typeof HIGHLIGHT_NAMES)[keyof typeof HIGHLIGHT_NAMES];

export interface Highlighter {
  add(name: HighlightName, range: Range): void;
  delete(name: HighlightName, range: Range): void;
  /** Replaces everything under `name` (used for the single active highlight). */
  set(name: HighlightName, ranges: Range[]): void;
  clear(): void;
  readonly native: boolean;
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
  const HighlightClass = (doc.defaultView as { Highlight?: typeof Highlight } | null)?.Highlight;
  if (registry && HighlightClass) return nativeHighlighter(registry, HighlightClass);
  return wrapperHighlighter(doc);
}

function nativeHighlighter(registry: HighlightRegistry, HighlightClass: typeof Highlight): Highlighter {
  const own = new Map<HighlightName, Highlight>();
  const highlightFor = (name: HighlightName) => {
    let highlight = own.get(name);
    if (!highlight) {
      highlight = new HighlightClass();
      // The active reference paints over the others.
      if (name === HIGHLIGHT_NAMES.active) highlight.priority = 1;
      own.set(name, highlight);
      registry.set(name, highlight);
    }
    return highlight;
  };
  return {
    native: true,
    add: (name, range) => void highlightFor(name).add(range),
    delete: (name, range) => void own.get(name)?.delete(range),
    set(name, ranges) {
      // No work, and no style recalculation, for a highlight that is empty and stays empty.
      if (ranges.length === 0 && !own.get(name)?.size) return;
      const highlight = highlightFor(name);
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    },
    clear() {
      for (const [name, highlight] of own) {
        highlight.clear();
        registry.delete(name);
      }
      own.clear();
    },
  };
}

/**
 * Fallback for browsers without the Custom Highlight API: wraps each range in a <mark>.
 * This is the one case where we change the page's DOM; it is taken only where the API is
 * missing (Firefox before 140, old Chromium), and the marks are removed on clear().
 */
function wrapperHighlighter(doc: Document): Highlighter {
  const marks = new Map<Range, HTMLElement[]>();
  const unwrap = (range: Range) => {
    for (const mark of marks.get(range) ?? []) mark.replaceWith(...mark.childNodes);
    marks.delete(range);
  };
  return {
    native: false,
    add(name, range) {
      const mark = doc.createElement('mark');
      mark.className = name;
      try {
        range.surroundContents(mark);
        marks.set(range, [mark]);
      } catch {
        // A range across element boundaries cannot be wrapped whole; it stays unmarked.
      }
    },
    delete: (_name, range) => unwrap(range),
    set(name, ranges) {
      for (const [range, wrapped] of marks) if (wrapped[0]?.className === name) unwrap(range);
      for (const range of ranges) this.add(name, range);
    },
    clear() {
      for (const range of [...marks.keys()]) unwrap(range);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from './highlighter';

/** A document whose window has the Custom Highlight API, as far as the highlighter uses it. */
function documentWithHighlights() {
  const registry = new Map<string, Set<Range>>();
  class FakeHighlight extends Set<Range> {
    priority = 0;
  }
  const doc = { defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight } } as unknown as Document;
  return { doc, registry };
}

describe('the highlighter', () => {
  it('does not register an empty highlight, nor clear one that is empty already', () => {
    const { doc, registry } = documentWithHighlights();
    const highlighter = createHighlighter(doc);
    highlighter.set(HIGHLIGHT_NAMES.active, []);
    expect(registry.has(HIGHLIGHT_NAMES.active)).toBe(false);
    const range = {} as Range;
    highlighter.set(HIGHLIGHT_NAMES.active, [range]);
    expect([...registry.get(HIGHLIGHT_NAMES.active)!]).toEqual([range]);
    highlighter.set(HIGHLIGHT_NAMES.active, []);
    expect(registry.get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from './highlighter';

/** A window with the Custom Highlight API, as far as the highlighter uses it. */
function fakeWindow() {
  class FakeHighlight extends Set<Range> {
    priority = 0;
  }
  const registry = new Map<string, FakeHighlight>();
  const doc = { defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight } } as unknown as Document;
  return { doc, registry };
}

describe('the highlighter', () => {
  it('does no work for a highlight that is empty and stays empty', () => {
    const { doc, registry } = fakeWindow();
    const highlighter = createHighlighter(doc);
    highlighter.set(HIGHLIGHT_NAMES.active, []);
    expect([...registry.keys()]).toEqual([]);
    const range = {} as Range;
    highlighter.set(HIGHLIGHT_NAMES.active, [range]);
    expect([...registry.get(HIGHLIGHT_NAMES.active)!]).toEqual([range]);
    highlighter.set(HIGHLIGHT_NAMES.active, []);
    expect(registry.get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
  });
});

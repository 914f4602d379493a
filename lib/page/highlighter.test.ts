import { readFileSync } from 'node:fs';
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

describe('the highlight styles', () => {
  it('paint backgrounds only: a text decoration on a highlight costs a pre-paint walk over every range', () => {
    const css = readFileSync(new URL('../../assets/highlights.css', import.meta.url), 'utf8');
    const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)];
    expect(rules.map((rule) => rule[1])).toEqual(Object.values(HIGHLIGHT_NAMES));
    for (const [, , body] of rules) expect(body).not.toMatch(/text-decoration/);
  });
});

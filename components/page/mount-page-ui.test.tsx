// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlighter } from '../../lib/page/highlighter';
import { mountPageUi, type CardTarget } from './mount-page-ui';

const highlighter: Highlighter = { native: true, add: () => undefined, delete: () => undefined, set: () => undefined, clear: () => undefined };
const frame = () => new Promise((resolve) => setTimeout(resolve, 50));

function paragraphTarget(text: Text): CardTarget {
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 3);
  return { key: 'apr3@zero:29', label: '29', range, nodes: [text], positions: [], placedByQuote: false };
}

describe('the page UI', () => {
  afterEach(() => vi.restoreAllMocks());

  it('places margin markers in document coordinates: scrolling measures nothing', async () => {
    document.body.innerHTML = '<p>29. States agreed.</p>';
    const host = document.createElement('div');
    document.body.append(host);
    const ui = mountPageUi({ doc: document, shadow: host.attachShadow({ mode: 'open' }), highlighter, onAddNote: () => undefined });
    const measure = vi.spyOn(Range.prototype, 'getBoundingClientRect');
    ui.update({ references: [], paragraphs: [paragraphTarget(document.querySelector('p')!.firstChild as Text)] });
    const measured = measure.mock.calls.length;
    expect(measured).toBeGreaterThan(0);
    expect(host.shadowRoot!.querySelectorAll('.marker')).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      window.dispatchEvent(new Event('scroll'));
      await frame();
    }
    expect(measure.mock.calls.length).toBe(measured);
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(measure.mock.calls.length).toBeGreaterThan(measured);
    ui.destroy();
  });

  it('stops answering the page once destroyed', async () => {
    document.body.innerHTML = '<p>29. States agreed.</p>';
    const host = document.createElement('div');
    document.body.append(host);
    const ui = mountPageUi({ doc: document, shadow: host.attachShadow({ mode: 'open' }), highlighter, onAddNote: () => undefined });
    ui.update({ references: [], paragraphs: [paragraphTarget(document.querySelector('p')!.firstChild as Text)] });
    ui.destroy();
    const measure = vi.spyOn(Range.prototype, 'getBoundingClientRect');
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true }));
    await frame();
    expect(measure).not.toHaveBeenCalled();
    expect(host.shadowRoot!.querySelectorAll('.marker, .card')).toHaveLength(0);
  });
});

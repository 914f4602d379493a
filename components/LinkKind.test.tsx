// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Position } from '../lib/data/schema';
import { paragraphLabel } from '../lib/paragraph-label';
import { withoutVersion } from '../lib/paragraph-key';
import { buildSearchIndex, type SearchIndex } from '../lib/search/search-index';
import { buildDataset } from '../scripts/build-dataset';
import { SearchPanel } from './popup/SearchPanel';
import { PositionList } from './PositionCard';

let dataset: Dataset;
let index: SearchIndex;
beforeAll(async () => {
  dataset = await buildDataset();
  index = await buildSearchIndex({ positions: dataset.positions, paragraphs: [], notes: [] });
});
afterEach(cleanup);

const linked = () => dataset.positions.filter((position) => position.paragraphs.length > 0);

describe('cited and topical, in words, for every position of the bundled dataset', () => {
  it('has both kinds to show', () => {
    const kinds = new Set(dataset.positions.flatMap((position) => position.paragraphs.map((link) => link.kind)));
    expect([...kinds].sort()).toEqual(['cited', 'topical']);
  });

  it('the card says "cites" with the source’s own words, or "by an editor, not cited" with the reason', () => {
    for (const position of linked()) {
      for (const link of position.paragraphs) {
        const { container, unmount } = render(<PositionList positions={[position]} paragraphKey={withoutVersion(link.key)} />);
        const wording = container.querySelector('.link-kind')?.textContent ?? '';
        if (link.kind === 'cited') {
          expect(wording, position.id).toBe(`Cites this paragraph (“${link.cites}”)`);
        } else {
          expect(wording, position.id).toBe(`On this paragraph’s topic, by an editor, not cited: ${link.reason}`);
          expect(container.textContent).not.toMatch(/Cites/);
        }
        unmount();
      }
    }
  });

  it('a card on another paragraph names the paragraph each link is on', () => {
    for (const position of linked()) {
      const { container, unmount } = render(<PositionList positions={[position]} paragraphKey="final:999" />);
      const words = [...container.querySelectorAll('.link-kind')].map((element) => element.textContent);
      expect(words, position.id).toEqual(
        position.paragraphs.map((link) =>
          link.kind === 'cited' ? `Cites ${paragraphLabel(link.key)} (“${link.cites}”)` : `On the topic of ${paragraphLabel(link.key)}, by an editor, not cited: ${link.reason}`,
        ),
      );
      unmount();
    }
  });

  it('a position that names no paragraph is, on a paragraph’s card, on its topic by its themes', () => {
    const unlinked = dataset.positions.filter((position) => position.paragraphs.length === 0);
    expect(unlinked.length).toBeGreaterThan(0);
    for (const position of unlinked) {
      const { container, unmount } = render(<PositionList positions={[position]} paragraphKey="apr3:29e" />);
      expect(container.querySelector('.link-kind')?.textContent, position.id).toBe('On this paragraph’s topic, by its themes; it does not cite the paragraph');
      unmount();
    }
  });

  it('search says "cites" or "on the topic of, not cited" for every position found on its paragraph', () => {
    for (const position of linked()) {
      const keys = [...new Set(position.paragraphs.map((link) => withoutVersion(link.key)))];
      const key = keys[0]!;
      const cited = position.paragraphs.some((link) => link.kind === 'cited' && withoutVersion(link.key) === key);
      const more = keys.length > 1 ? ` and ${keys.length - 1} more` : '';
      render(<SearchPanel index={index} revision={0} query={position.title} onQuery={() => undefined} onActivate={() => undefined} />);
      const option = resultTitled(position);
      const where = option.querySelector('.result-where')?.textContent ?? '';
      expect(where, position.id).toBe(`ICT4Peace · ${cited ? 'cites' : 'on the topic of'} ${paragraphLabel(key)}${cited ? '' : ', not cited'}${more}`);
      cleanup();
    }
  });
});

function resultTitled(position: Position): HTMLElement {
  const options = within(screen.getByRole('listbox')).queryAllByRole('option');
  const option = options.find((candidate) => candidate.querySelector('.result-title')?.textContent === position.title);
  expect(option, `${position.id} is found by its title`).toBeDefined();
  return option!;
}

import { describe, expect, it } from 'vitest';
import type { Position, Report } from '../data/schema';
import { sectionOf, topicalPositions } from './topical';

const position = (id: string, themes: Position['themes'], quote: string, paragraphs: Position['paragraphs'] = []): Position => ({
  id,
  organisation: 'ICT4Peace',
  title: id,
  date: '2024',
  dateApproximate: false,
  sourceUrl: null,
  sourceTitle: 'A note',
  quote,
  summary: 'Our words.',
  themes,
  paragraphs,
});

const REPORT = {
  id: 'apr2',
  sections: [
    { heading: 'Existing and potential threats', paragraphs: null, about: 'Threats.', themes: ['threats', 'critical-infrastructure'], version: 'zero', source: 'https://example.org' },
    { heading: null, paragraphs: { first: 55, last: 57 }, about: 'Dialogue.', themes: ['institutional-dialogue'], version: 'adopted', source: 'https://example.org' },
  ],
} as unknown as Report;

const PARAGRAPH = { heading: 'B. Existing and potential threats', para: 12, text: 'Members warned that attacks on water pumps and power grids could spread across gardens.', leadIn: null };

const POSITIONS = [
  position('grids', ['critical-infrastructure'], 'Power grids and water pumps must be spared from attacks.'),
  position('threats', ['threats'], 'New threats arise every season.'),
  position('norms', ['norms'], 'Attacks on water pumps and power grids breach the norms.'),
  position('linked', ['threats'], 'Topical already.', [{ kind: 'topical', key: 'apr2@zero:12', quote: null, reason: 'On threats.' }]),
];

describe('positions on a paragraph\'s topic', () => {
  it('finds the section by its printed heading, else by its paragraph numbers', () => {
    expect(sectionOf(REPORT, PARAGRAPH)?.about).toBe('Threats.');
    expect(sectionOf(REPORT, { heading: null, para: 56 })?.about).toBe('Dialogue.');
    expect(sectionOf(REPORT, { heading: 'Z. Elsewhere', para: 3 })).toBeNull();
  });

  it('offers positions on the section\'s themes, closest in wording first, leaving out those already linked', () => {
    const found = topicalPositions('apr2@zero:12', PARAGRAPH, REPORT, POSITIONS);
    expect(found.map((each) => each.position.id)).toEqual(['grids', 'threats']);
    expect(found[0]!.similarity).toBeGreaterThan(found[1]!.similarity);
  });

  it('offers none where a position cites the paragraph, or where its section has no themes', () => {
    const cited = [...POSITIONS, position('cites', ['norms'], 'Para 12.', [{ kind: 'cited', key: 'apr2:12', quote: null, cites: 'para 12' }])];
    expect(topicalPositions('apr2@zero:12', PARAGRAPH, REPORT, cited)).toEqual([]);
    expect(topicalPositions('apr2@zero:3', { ...PARAGRAPH, heading: 'Z. Elsewhere', para: 3 }, REPORT, POSITIONS)).toEqual([]);
  });
});

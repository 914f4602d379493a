import { describe, expect, it } from 'vitest';
import { findNumberedParagraphs, placePositions } from './report-paragraphs';
import { BLOCK_SEPARATOR } from './text-index';

const draft = [
  'A. Overview',
  '3. States reaffirmed the consensus reports of the OEWG.',
  '5. States reaffirmed that it was fundamental for all States to observe and actively implement the framework for responsible state behaviour in the use of ICTs.',
  '29. States proposed the following measures:',
  '(a) Sharing national views.',
  '(e) States underlined the importance of the protection of Critical Infrastructure, which could be escalatory.',
  'Footnote text: 1. See A/78/265.',
  '50. Capacity-building:',
  '(c) A portal which would be State driven and serve as a tool for States.',
].join(BLOCK_SEPARATOR);

describe('findNumberedParagraphs', () => {
  it('finds numbered paragraphs and lettered sub-paragraphs, with label spans', () => {
    const found = findNumberedParagraphs(draft);
    expect(found.map(({ para, sub }) => `${para}${sub ?? ''}`)).toEqual(['3', '5', '29', '29a', '29e', '50', '50c']);
    const e = found.find((paragraph) => paragraph.sub === 'e')!;
    expect(draft.slice(e.labelStart, e.labelEnd)).toBe('(e)');
    const three = found[0]!;
    expect(draft.slice(three.labelStart, three.labelEnd)).toBe('3.');
  });

  it('ignores numbers that go backwards (lists, footnotes) and text before the first paragraph', () => {
    const text = ['(a) before any paragraph', '12. Twelve', '3. a list item inside twelve', '13. Thirteen'].join(BLOCK_SEPARATOR);
    expect(findNumberedParagraphs(text).map(({ para, sub }) => `${para}${sub ?? ''}`)).toEqual(['12', '13']);
  });
});

describe('placePositions', () => {
  const paragraphs = findNumberedParagraphs(draft);
  const positions = [
    { id: 'p5', paragraphs: [{ key: 'apr3@zero:5', quote: 'it was fundamental for all States to observe and actively implement the framework' }] },
    { id: 'p29e', paragraphs: [{ key: 'apr3@zero:29e', quote: 'underlines the importance of the protection of Critical Infrastructure' }] },
    { id: 'p50h', paragraphs: [{ key: 'apr3@zero:50h', quote: 'more effective players in the elaboration of international cyber security policy' }] },
    { id: 'other', paragraphs: [{ key: 'apr2@adopted:5', quote: 'it was fundamental for all States' }] },
  ];

  it('places positions by number on their own version', () => {
    const { placed, unplaced } = placePositions(draft, paragraphs, positions, { report: 'apr3', version: 'zero' });
    expect(placed.map(({ positionId, paragraph, by }) => [positionId, `${paragraph.para}${paragraph.sub ?? ''}`, by])).toEqual([
      ['p5', '5', 'number'],
      ['p29e', '29e', 'number'],
    ]);
    expect(unplaced).toEqual([{ positionId: 'p50h', key: 'apr3@zero:50h' }]);
  });

  it('places positions by their quote on another version, whatever the numbers became', () => {
    const renumbered = draft.replace('5. States reaffirmed that', '7. States reaffirmed that').replace('29. States', '31. States');
    const { placed, unplaced } = placePositions(renumbered, findNumberedParagraphs(renumbered), positions, { report: 'apr3', version: 'rev1' });
    expect(placed.map(({ positionId, paragraph, by }) => [positionId, `${paragraph.para}${paragraph.sub ?? ''}`, by])).toEqual([
      ['p5', '7', 'quote'],
      ['p29e', '31e', 'quote'],
    ]);
    expect(unplaced.map(({ positionId }) => positionId)).toEqual(['p50h']);
  });

  it('never places a position at a guess: a changed quote or a missing paragraph stays unplaced', () => {
    const rewritten = draft.replace('importance of the protection of Critical Infrastructure', 'need for due diligence by all actors');
    const { placed } = placePositions(rewritten, findNumberedParagraphs(rewritten), positions, { report: 'apr3', version: 'rev1' });
    expect(placed.map(({ positionId }) => positionId)).toEqual(['p5']);
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_FIXTURES } from '../../tests/fixtures/reports/report-texts';
import { findNumberedParagraphs } from './report-paragraphs';
import { BLOCK_SEPARATOR } from './text-index';

describe('a report read in full from its flat text', () => {
  for (const fixture of REPORT_FIXTURES) {
    it(`reads every paragraph, sub-paragraph, heading and lead-in (${fixture.lang}: ${fixture.paragraphs.length} items)`, () => {
      const read = findNumberedParagraphs(fixture.text).map(({ para, sub, heading, text, leadIn }) => ({ para, sub, heading, text, leadIn }));
      expect(read).toEqual(fixture.paragraphs);
    });
  }

  it('puts each label span on the number or letter as printed', () => {
    const fixture = REPORT_FIXTURES.find((each) => each.lang === 'ar')!;
    const labels = findNumberedParagraphs(fixture.text).map((paragraph) => fixture.text.slice(paragraph.labelStart, paragraph.labelEnd));
    expect(labels).toEqual(['1 -', '2 -', '(أ)', '(ب)', '(ج)', '(د)', '(هـ)', '3 -']);
  });

  it('leaves out the footnotes the reader marked, even without their number', () => {
    const text = ['1. The Group met in the pavilion,', 'See the compendium of lanterns.', 'and closed its meeting.'].join(BLOCK_SEPARATOR);
    const footnote = text.indexOf('See');
    expect(findNumberedParagraphs(text, { footnotes: new Set([footnote]) })[0]!.text).toBe('The Group met in the pavilion, and closed its meeting.');
  });

  it('does not take dates, years or decimals for paragraph numbers', () => {
    const text = ['2030–2034 programme', '3.5 million lanterns were lit.', '12-month plan', '7. The only paragraph.'].join(BLOCK_SEPARATOR);
    expect(findNumberedParagraphs(text).map(({ para, text: own }) => [para, own])).toEqual([[7, 'The only paragraph.']]);
  });
});

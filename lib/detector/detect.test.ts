import { describe, expect, it } from 'vitest';
import { detect, detectReferences, paragraphKeyOf, parseParagraphQuery } from './index';

const keys = (text: string, report?: 'apr3') => detectReferences(text, { report }).map((ref) => paragraphKeyOf(ref) ?? `other:${ref.para}${ref.sub ?? ''}`);

describe('detect', () => {
  it('reports offsets into the original text, whatever the normalisation', () => {
    const text = 'See para-\n  graph ٢٩ (هـ) of the 3rd APR.';
    const [ref] = detectReferences(text.replace('(هـ)', '(e)'));
    expect(ref).toMatchObject({ para: 29, sub: 'e', report: 'apr3' });
    expect(ref!.surface).toBe(text.replace('(هـ)', '(e)').slice(ref!.start, ref!.end));
    expect(ref!.surface).toBe('para-\n  graph ٢٩ (e)');
  });

  it('splits lists and ranges into one entry per paragraph', () => {
    expect(keys('paras 3, 5 and 7 of the 3rd APR')).toEqual(['apr3:3', 'apr3:5', 'apr3:7']);
    expect(keys('paragraphs 28–30 of the 3rd APR')).toEqual(['apr3:28', 'apr3:29', 'apr3:30']);
    expect(keys('para 50 (c) and (h) of the 3rd APR')).toEqual(['apr3:50c', 'apr3:50h']);
    expect(detectReferences('paras 3 and 5 of the 3rd APR').every((ref) => ref.list)).toBe(true);
  });

  it('takes the report named next to a reference, else the last one named, else the context', () => {
    expect(keys('The Zero Draft of the 3rd APR. We support para 5. The 2nd APR, para 9, too.')).toEqual(['apr3@zero:5', 'apr2:9']);
    expect(keys('We support para 5.', 'apr3')).toEqual(['apr3:5']);
    expect(keys('We support para 5.')).toEqual(['?:5']);
  });

  it('finds the bare "(50 c)" form only once a report has been named', () => {
    expect(keys('A portal that is State driven (50 c).')).toEqual([]);
    expect(keys('The 3rd APR proposes a portal that is State driven (50 c).')).toEqual(['apr3:50c']);
    expect(keys('In the year (2024) and (5) items.', 'apr3')).toEqual([]);
  });

  it('attributes paragraphs of other documents to "other" and leaves non-references alone', () => {
    expect(keys('paragraph 3 of Article 24; paragraph 5 of resolution 75/240; rule 99 (b)')).toEqual(['other:3', 'other:5', 'other:99b']);
    for (const text of ['resolution 75/240', 'A/79/214', 'article 29', 'page 50', 'Chapter 5', 'agenda item 15 (a)', 'point 15 a)', '29 July 2024', 'para-military', 'paragraph']) {
      expect(detectReferences(text)).toEqual([]);
    }
  });

  it('returns the report mentions it saw, for carrying context from one text to the next', () => {
    const { mentions } = detect('Rev.1 of the 3rd APR and A/78/265');
    expect(mentions.map(({ report, version }) => [report, version])).toEqual([
      ['apr3', 'rev1'],
      ['apr2', null],
    ]);
  });
});

describe('hostile input runs in linear time', () => {
  const cases: [string, string][] = [
    ['100 000 × "para ("', 'para ('.repeat(100_000)],
    ['paragraphs 1, 1, 1, … (100 000 items)', `paragraphs ${'1, '.repeat(100_000)}1`],
    ['1 MB without spaces', 'paragraph29e'.repeat(90_000)],
    ['1 MB of digits', '9'.repeat(1_000_000)],
    ['1 MB of "(a) (b) (c)"', '(a) (b) (c) '.repeat(85_000)],
    ['1 MB of "(50 c" never closed', '(50 c'.repeat(200_000)],
    ['1 MB of report names', 'third annual progress report '.repeat(35_000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const started = performance.now();
      detect(text);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  }
});

describe('parseParagraphQuery', () => {
  it('reads the forms a reader types', () => {
    expect(parseParagraphQuery('29e')).toEqual({ report: null, para: 29, sub: 'e' });
    expect(parseParagraphQuery('29 (e)')).toEqual({ report: null, para: 29, sub: 'e' });
    expect(parseParagraphQuery('apr3 50c')).toEqual({ report: 'apr3', para: 50, sub: 'c' });
    expect(parseParagraphQuery('3rd APR 50(c)')).toEqual({ report: 'apr3', para: 50, sub: 'c' });
    expect(parseParagraphQuery('para 5')).toEqual({ report: null, para: 5, sub: null });
    expect(parseParagraphQuery('critical infrastructure')).toBeNull();
  });
});

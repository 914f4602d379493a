import { describe, expect, it } from 'vitest';
import { parseParagraphQuery } from './index';

describe('parseParagraphQuery', () => {
  it('reads the forms a reader types', () => {
    expect(parseParagraphQuery('29e')).toEqual({ report: null, para: 29, sub: 'e' });
    expect(parseParagraphQuery('29 (e)')).toEqual({ report: null, para: 29, sub: 'e' });
    expect(parseParagraphQuery(' 50 (iv) ')).toEqual({ report: null, para: 50, sub: 'iv' });
    expect(parseParagraphQuery('apr3 50c')).toEqual({ report: 'apr3', para: 50, sub: 'c' });
    expect(parseParagraphQuery('3rd APR 50(c)')).toEqual({ report: 'apr3', para: 50, sub: 'c' });
    expect(parseParagraphQuery('para 5')).toEqual({ report: null, para: 5, sub: null });
    expect(parseParagraphQuery('final 12')).toEqual({ report: 'final', para: 12, sub: null });
    expect(parseParagraphQuery('apr3@zero:29e')).toEqual({ report: 'apr3', para: 29, sub: 'e' });
  });

  it('reads any form a page can use', () => {
    expect(parseParagraphQuery('paragraph 29 e of the 3rd APR')).toEqual({ report: 'apr3', para: 29, sub: 'e' });
    expect(parseParagraphQuery('2nd APR para 14 (b)')).toEqual({ report: 'apr2', para: 14, sub: 'b' });
    expect(parseParagraphQuery('第29段')).toEqual({ report: null, para: 29, sub: null });
    expect(parseParagraphQuery('пункт 5')).toEqual({ report: null, para: 5, sub: null });
  });

  it('is null for words, report names alone, years and other documents', () => {
    for (const query of ['', 'critical infrastructure', 'APR 3', '3rd APR', '2024', '0', '29 July', 'resolution 75/240', 'paragraph 3 of Article 24']) {
      expect(parseParagraphQuery(query), query).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { toSmallLetters } from './chars';

describe('toSmallLetters', () => {
  it('lower-cases capitals of every cased script', () => {
    expect(['Paragraph', 'PÁRRAFO', 'ÉTAT', 'Пункт', 'ΠΑΡΆΓΡΑΦΟΣ', 'Ĳssel', 'Ǆ'].map(toSmallLetters)).toEqual(['paragraph', 'párrafo', 'état', 'пункт', 'παράγραφος', 'ĳssel', 'ǆ']);
  });

  it('gives back words without capitals as they are', () => {
    for (const word of ['para', 'párrafo', 'ßtraße', 'пунктах', 'الفقرة', '第29段', '29']) expect(toSmallLetters(word)).toBe(word);
  });

  it('stays right past the number of words it remembers', () => {
    for (let round = 0; round < 2; round++) {
      for (let index = 0; index < 3000; index++) expect(toSmallLetters(`Word${index}X`)).toBe(`word${index}x`);
    }
  });
});

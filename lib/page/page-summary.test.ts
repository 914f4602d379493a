import { describe, expect, it } from 'vitest';
import { detect, paragraphKeyOf } from '../detector';
import { contextAround, offsetsOverlap } from './mentions';
import { summarizeReferences } from './page-summary';

describe('summarizeReferences', () => {
  it('counts a range once and gives every reference its mention and the words around it', () => {
    const text = 'Kenya welcomed paragraphs 28–30 of the 3rd APR, and para 5 of it.';
    const found = detect(text).refs.map((ref, i) => ({ ...ref, ref, id: i + 1, key: paragraphKeyOf(ref)!, positions: [{ id: `p${i}` }] }));
    const summary = summarizeReferences(found, offsetsOverlap, (reference) => contextAround(text, reference.start, reference.end));
    expect(summary.mentions).toBe(2);
    expect(summary.references.map(({ key, mention }) => [key, mention])).toEqual([
      ['apr3:28', 0],
      ['apr3:29', 0],
      ['apr3:30', 0],
      ['apr3:5', 1],
    ]);
    expect(summary.references[3]).toMatchObject({ surface: 'para 5', before: '…welcomed paragraphs 28–30 of the 3rd APR, and ', after: ' of it.' });
  });
});

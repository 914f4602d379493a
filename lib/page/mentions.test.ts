import { describe, expect, it } from 'vitest';
import { detect } from '../detector';
import { contextAround, mentionIndexes, offsetsOverlap } from './mentions';

describe('mentions', () => {
  it('counts a range as one mention and each item of a list as its own', () => {
    const { refs } = detect('Kenya welcomed paragraphs 28–30 of the 3rd APR, and paras 3 and 5 of it.');
    expect(refs.map((ref) => ref.para)).toEqual([28, 29, 30, 3, 5]);
    expect(mentionIndexes(refs, offsetsOverlap)).toEqual([0, 0, 0, 1, 2]);
  });

  it('has none on a page without references', () => {
    expect(mentionIndexes([], offsetsOverlap)).toEqual([]);
  });

  it('gives a few whole words either side', () => {
    const text = 'The representative of a State supported paragraph 29 (e) of the Zero Draft and asked for changes elsewhere too.';
    const start = text.indexOf('paragraph 29');
    const around = contextAround(text, start, start + 'paragraph 29 (e)'.length);
    expect(around.before).toBe('The representative of a State supported ');
    expect(around.after).toBe(' of the Zero Draft and asked for changes…');
    const long = `${'x'.repeat(60)} word 5 more`;
    expect(contextAround(long, 66, 67)).toEqual({ before: '…word ', after: ' more' });
  });
});

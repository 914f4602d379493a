import { describe, expect, it } from 'vitest';
import { detect } from '../detector';
import { detached, detectInChunks } from './detect-in-chunks';
import { BLOCK_SEPARATOR } from './text-index';

describe('detectInChunks', () => {
  const blocks = Array.from({ length: 3000 }, (_, i) =>
    i % 500 === 0 ? `The Zero Draft of the ${i % 1000 === 0 ? '3rd' : '2nd'} APR was discussed.` : `We support para ${(i % 90) + 1} (c) and recall resolution 75/240.`,
  );
  const text = blocks.join(BLOCK_SEPARATOR);

  it('finds in slices exactly what one pass finds, offsets and reports included', async () => {
    let yields = 0;
    const sliced = await detectInChunks(text, {}, detect, async () => {
      yields++;
    });
    const whole = detect(text);
    expect(yields).toBeGreaterThan(5);
    expect(sliced.refs.map(({ start, end, para, sub, report, version }) => [start, end, para, sub, report, version])).toEqual(
      whole.refs.map(({ start, end, para, sub, report, version }) => [start, end, para, sub, report, version]),
    );
    expect(sliced.mentions).toEqual(whole.mentions);
    for (const ref of sliced.refs) expect(text.slice(ref.start, ref.end)).toBe(ref.surface);
  });

  it('never reads a reference across two blocks', async () => {
    const split = ['We support para', '29 e of the 3rd APR'].join(BLOCK_SEPARATOR);
    const { refs } = await detectInChunks(split, {}, detect, async () => undefined);
    expect(refs.every((ref) => !ref.surface.includes(BLOCK_SEPARATOR))).toBe(true);
  });
});

describe('detached', () => {
  it('copies a slice of the text with the same characters, and keeps short ones as they are', () => {
    const text = `${'x'.repeat(1000)}paragraph 12 (c) and para 5`;
    const long = text.slice(1000, 1016);
    expect(detached(long)).toBe('paragraph 12 (c)');
    const short = text.slice(1021, 1027);
    expect(detached(short)).toBe(short);
  });
});

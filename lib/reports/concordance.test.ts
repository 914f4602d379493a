import { describe, expect, it } from 'vitest';
import { ADOPTED, ZERO_DRAFT } from '../../tests/fixtures/reports/version-pair';
import { concordance } from './concordance';

describe('concordance between two versions of a report', () => {
  it('follows each paragraph by its text: same, renumbered, edited, split, merged, dropped', () => {
    const found = concordance(ZERO_DRAFT, ADOPTED).map(({ from, to, kind, similarity }) => ({ from, to, kind, similarity: Math.round(similarity * 100) }));
    expect(found.map(({ from, to, kind }) => ({ from, to, kind }))).toEqual([
      { from: '1', to: ['1'], kind: 'same' },
      { from: '2', to: [], kind: 'dropped' },
      { from: '3', to: ['2'], kind: 'renumbered' },
      { from: '4', to: ['3', '4'], kind: 'split' },
      { from: '5', to: ['5'], kind: 'merged' },
      { from: '6', to: ['5'], kind: 'merged' },
      { from: '7', to: ['6'], kind: 'renumbered' },
      { from: '7a', to: ['6a'], kind: 'renumbered' },
      { from: '7b', to: ['6b'], kind: 'edited' },
    ]);
    const edited = found.find((entry) => entry.from === '7b')!;
    expect(edited.similarity).toBeGreaterThanOrEqual(70);
    expect(edited.similarity).toBeLessThan(100);
    // The dropped paragraph is refused: its best match is below the threshold.
    expect(found.find((entry) => entry.from === '2')!.similarity).toBeLessThan(50);
  });

  it('matches across scripts without words (Chinese) and refuses unrelated texts', () => {
    const zh = (para: number, text: string) => ({ para, sub: null, heading: null, text, leadIn: null });
    const from = [zh(1, '工作组在玻璃亭举行了四次会议，并欢迎有序交换种子目录。'), zh(2, '成员回顾了在第二次会议上就月光灌溉达成的共识。')];
    const to = [zh(3, '工作组在玻璃亭举行了四次会议，并欢迎有序交换种子目录。')];
    expect(concordance(from, to).map(({ from: key, to: keys, kind }) => [key, keys, kind])).toEqual([
      ['1', ['3'], 'renumbered'],
      ['2', [], 'dropped'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';

describe('findTriggers', () => {
  it('gives anchors and heads in text order, whichever pass found them', () => {
    const sentence =
      'El informe A/79/214, the report, доклад (проект), التقرير, 报告草案 and the borrador: para 5, OP 3, § 4, пункт 2, الفقرة 7, 第8段 (50 c). ';
    const text = sentence.repeat(3);
    const { anchors, heads } = findTriggers(text);
    const positions = heads.map((head) => head.at);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect([...anchors]).toEqual([...anchors].sort((a, b) => a - b));
    expect(heads.map((head) => head.kind).slice(0, 9)).toEqual(['informe', 'symbol', 'report', 'doklad', 'version', 'taqrir', 'baogao', 'version', 'version']);
    expect(anchors.length).toBe(3 * 7);
  });
});

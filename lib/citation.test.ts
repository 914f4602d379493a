import { describe, expect, it } from 'vitest';
import { unCitation } from './citation';

describe('unCitation', () => {
  it('cites a paragraph by the report symbol, in UN style', () => {
    expect(unCitation('apr3:29e')).toBe('A/79/214, para. 29 (e)');
    expect(unCitation('apr3@adopted:5')).toBe('A/79/214, para. 5');
    expect(unCitation('apr2@zero:12')).toBe('A/78/265 (zero draft), para. 12');
    expect(unCitation('final:3')).toBe('A/80/257, para. 3');
  });
  it('has nothing to cite for a paragraph of no known report', () => {
    expect(unCitation('?:29e')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { paragraphLabel } from './paragraph-label';

describe('paragraphLabel', () => {
  it('reads a full key', () => {
    expect(paragraphLabel('apr3@zero:29e')).toBe('3rd APR (zero draft), para 29 (e)');
    expect(paragraphLabel('final@rev2:5')).toBe('Final Report (Rev.2), para 5');
  });
  it('reads keys without version or report', () => {
    expect(paragraphLabel('apr1:3')).toBe('1st APR, para 3');
    expect(paragraphLabel('?:50c')).toBe('Unknown report, para 50 (c)');
  });
});

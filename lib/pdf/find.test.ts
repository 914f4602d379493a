import { describe, expect, it } from 'vitest';
import { findMatches } from './find';

describe('findMatches', () => {
  it('finds every match, case folded, across spaces and block breaks', () => {
    const text = 'Critical infrastructure\u2029critical   Infrastructure and CRITICAL';
    expect(findMatches(text, 'critical infrastructure')).toEqual([
      { start: 0, end: 23 },
      { start: 24, end: 49 },
    ]);
    expect(findMatches(text, 'critical')).toHaveLength(3);
  });
  it('reads the query literally', () => {
    expect(findMatches('para 29 (e) and 29 e', '29 (e)')).toEqual([{ start: 5, end: 11 }]);
    expect(findMatches('anything', '   ')).toEqual([]);
  });
});

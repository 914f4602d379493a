import { describe, expect, it } from 'vitest';
import { CodeSet, codeSetOf } from './code-set';

describe('CodeSet', () => {
  it('holds exactly its codes, across word boundaries of its bitmap', () => {
    const codes = [0x2d, 0x2c, 0x3f, 0x40, 0x41, 0x60c, 0x3001];
    const set = new CodeSet(codes);
    for (let code = 0; code < 0x3100; code++) expect(set.has(code), code.toString(16)).toBe(codes.includes(code));
  });

  it('answers no for NaN (past the end of a text), negatives and an empty set', () => {
    const set = codeSetOf('和及与');
    expect(set.has('和'.charCodeAt(0))).toBe(true);
    expect(set.has(''.charCodeAt(0))).toBe(false);
    expect(set.has(-1)).toBe(false);
    expect(new CodeSet([]).has(0)).toBe(false);
  });
});

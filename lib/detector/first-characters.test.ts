import { describe, expect, it } from 'vitest';
import { firstCharacters } from './first-characters';

const chars = (pattern: RegExp) => {
  const found = firstCharacters(pattern);
  return found ? [...found].map((code) => String.fromCharCode(code)).sort().join('') : null;
};

describe('firstCharacters', () => {
  it('reads literals, classes, groups, alternation and optional atoms, in both cases', () => {
    expect(chars(/abc|d[ef]|(?:x|y)z/)).toBe('ADXYadxy');
    expect(chars(/(?:a|b)?c/)).toBe('ABCabc');
    expect(chars(/[a-c]?(?!x)d/)).toBe('ABCDabcd');
    expect(chars(/(?!)|q/)).toBe('Qq');
    expect(chars(/\.5/)).toBe('.');
  });

  it('gives up where a match may start with anything', () => {
    expect(chars(/\s+x/)).toBeNull();
    expect(chars(/a?/)).toBeNull();
    expect(chars(/[\d]x/)).toBeNull();
  });
});

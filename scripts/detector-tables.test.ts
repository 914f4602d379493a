import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detector';
import { firstCharacters } from '../lib/detector/first-characters';
import { askedPatterns, patternKey, startCharacters } from '../lib/detector/start-characters';
import { START_CHARACTERS } from '../lib/detector/start-characters-table';
import { startCharactersTable, TABLE_FILE } from './detector-tables';

describe('the start-character table', () => {
  it('holds every pattern the detector asks for, as first-characters.ts reads it (else: npm run detector-tables)', () => {
    detect('para 5 of the Zero Draft of the 3rd APR (Rev 1), paragraph 3 of resolution 75/240');
    const asked = askedPatterns();
    expect(asked.length).toBeGreaterThan(10);
    for (const pattern of asked) expect(START_CHARACTERS[patternKey(pattern)], pattern.source).not.toBeUndefined();
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(startCharactersTable(asked));
  });

  it('answers from the table, and works out a pattern it does not hold', () => {
    const pattern = askedPatterns()[0]!;
    expect(START_CHARACTERS[patternKey(pattern)]).not.toBeUndefined();
    expect(startCharacters(pattern)).toEqual(firstCharacters(pattern));
    const unknown = /(?:zz|q)x/;
    expect(START_CHARACTERS[patternKey(unknown)]).toBeUndefined();
    expect(startCharacters(unknown)).toEqual(new Set(['z', 'Z', 'q', 'Q'].map((c) => c.charCodeAt(0))));
  });

  it('refuses two patterns that would share a key', () => {
    expect(() => startCharactersTable([/abcdefghijklmnopq(?:one)rstuvwxyz0123456/, /abcdefghijklmnopq(?:two)rstuvwxyz0123456/])).toThrow(/share the key/);
  });
});

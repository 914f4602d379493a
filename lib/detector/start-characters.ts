/**
 * The characters each of the detector's patterns can start with (first-characters.ts), read
 * from a table written ahead of time: working them out from the patterns' sources cost about
 * 20 ms of every page's load. `npm run detector-tables` writes the table again after a pattern
 * (or the reports catalog its names come from) changes; a test says when it must. A pattern
 * missing from the table is worked out when asked, as before.
 */
import { firstCharacters } from './first-characters';
import { START_CHARACTERS } from './start-characters-table';

/** Every pattern asked for so far: what the table must hold. */
const asked: RegExp[] = [];

/**
 * A pattern's key in the table: its length and its first and last characters (flags do not
 * change the answer). Cheaper than hashing the whole source, which costs milliseconds on a
 * cold page; the generator refuses two patterns with one key.
 */
export function patternKey(pattern: RegExp): string {
  const { source } = pattern;
  return `${source.length}:${source.slice(0, 16)}:${source.slice(-16)}`;
}

export function startCharacters(pattern: RegExp): ReadonlySet<number> | null {
  const key = patternKey(pattern);
  asked.push(pattern);
  const known = START_CHARACTERS[key];
  if (known !== undefined) return known && new Set(known);
  return firstCharacters(pattern);
}

/** The patterns asked for so far (those of the detector's modules once they are loaded). */
export function askedPatterns(): readonly RegExp[] {
  return asked;
}

/**
 * npm run detector-tables: writes lib/detector/start-characters-table.ts, the characters each
 * of the detector's patterns can start with, so that the page does not work them out at load.
 */
import { writeFile } from 'node:fs/promises';
import '../lib/detector';
import { firstCharacters } from '../lib/detector/first-characters';
import { askedPatterns, patternKey } from '../lib/detector/start-characters';

/** The table's source: one line per pattern, in a stable order. */
export function startCharactersTable(asked: readonly RegExp[]): string {
  const patterns = new Map<string, RegExp>();
  for (const pattern of asked) {
    const key = patternKey(pattern);
    if ((patterns.get(key)?.source ?? pattern.source) !== pattern.source) throw new Error(`Two patterns share the key ${key}`);
    patterns.set(key, pattern);
  }
  const lines = [...patterns]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, pattern]) => {
      const starts = firstCharacters(pattern);
      return `  ${JSON.stringify(key)}: ${starts ? `[${[...starts].sort((a, b) => a - b).join(', ')}]` : 'null'},`;
    });
  return [
    '// Written by `npm run detector-tables` (scripts/detector-tables.ts): do not edit by hand.',
    'export const START_CHARACTERS: Readonly<Record<string, readonly number[] | null>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

export const TABLE_FILE = new URL('../lib/detector/start-characters-table.ts', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) await writeFile(TABLE_FILE, startCharactersTable(askedPatterns()));

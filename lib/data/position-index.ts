/**
 * The background's in-memory index of positions: loaded from the database with one read,
 * it answers a page's many keys without a database request per key. The database stays the
 * source of truth; the index is dropped whenever a sync changes it.
 */
import type { Database, StoredPosition } from './db';
import type { Position } from './schema';

export interface PositionIndex {
  lookup(keys: string[]): Record<string, Position[]>;
  forReport(report: string): Position[];
}

export async function loadPositionIndex(db: Database): Promise<PositionIndex> {
  const byKey = new Map<string, Position[]>();
  const byReport = new Map<string, Position[]>();
  const add = (map: Map<string, Position[]>, key: string, position: Position) => {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  };
  for (const { lookupKeys, reports, ...position } of (await db.getAll('positions')) as StoredPosition[]) {
    for (const key of lookupKeys) add(byKey, key, position);
    for (const report of reports) add(byReport, report, position);
  }
  return {
    // Same answers as lookupPositions (lookup.ts), which the index tests compare against.
    lookup: (keys) => Object.fromEntries([...new Set(keys)].map((key) => [key, byKey.get(key) ?? []])),
    forReport: (report) => byReport.get(report) ?? [],
  };
}

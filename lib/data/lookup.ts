/** Reading positions: many paragraph keys at once, in one transaction, so that every answer sees one dataset. */
import type { Database, StoredPosition } from './db';
import type { Position, Report } from './schema';

function plain({ lookupKeys: _keys, reports: _reports, ...position }: StoredPosition): Position {
  return position;
}

/**
 * Positions per paragraph key. `apr3@zero:29e` finds positions on that version;
 * `apr3:29e` on any version of apr3; `?:29e` on any report. A whole paragraph does not
 * answer for its sub-paragraphs, nor the other way round.
 */
export async function lookupPositions(db: Database, keys: string[]): Promise<Record<string, Position[]>> {
  const tx = db.transaction('positions');
  const index = tx.store.index('byLookupKey');
  const unique = [...new Set(keys)];
  const found = await Promise.all(unique.map((key) => index.getAll(key)));
  await tx.done;
  return Object.fromEntries(unique.map((key, i) => [key, found[i]!.map(plain)]));
}

export async function positionsForReport(db: Database, report: string): Promise<Position[]> {
  return (await db.getAllFromIndex('positions', 'byReport', report)).map(plain);
}

export async function positionsById(db: Database, ids: string[]): Promise<Position[]> {
  const tx = db.transaction('positions');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((position): position is StoredPosition => Boolean(position)).map(plain);
}

export async function allPositions(db: Database): Promise<Position[]> {
  return (await db.getAll('positions')).map(plain);
}

export function allReports(db: Database): Promise<Report[]> {
  return db.getAll('reports');
}

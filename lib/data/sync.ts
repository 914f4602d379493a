/**
 * Loads the bundled dataset into the database (DESIGN.md rule 3): validated first; the
 * same content is not written again; otherwise positions and reports are replaced in one
 * transaction. Notes are never touched. A dataset that fails validation is refused and
 * the data already stored stays in use.
 */
import * as v from 'valibot';
import { toStored, type Database } from './db';
import { DatasetSchema, describeIssues, SCHEMA_VERSION, type Dataset } from './schema';

export type SyncResult =
  | { ok: true; changed: false; datasetVersion: string }
  | { ok: true; changed: true; datasetVersion: string; added: number; updated: number; removed: number }
  | { ok: false; reason: string };

export function validateDataset(raw: unknown): { ok: true; dataset: Dataset } | { ok: false; reason: string } {
  const parsed = v.safeParse(DatasetSchema, raw);
  if (!parsed.success) return { ok: false, reason: `The bundled dataset is invalid (${describeIssues(parsed.issues)}); the data already stored stays in use.` };
  if (parsed.output.meta.schemaVersion > SCHEMA_VERSION) {
    return { ok: false, reason: `The bundled dataset needs schema ${parsed.output.meta.schemaVersion}, this extension knows ${SCHEMA_VERSION}; the data already stored stays in use.` };
  }
  return { ok: true, dataset: parsed.output };
}

export async function syncDataset(db: Database, raw: unknown): Promise<SyncResult> {
  const validated = validateDataset(raw);
  if (!validated.ok) return validated;
  const { dataset } = validated;
  const stored = await db.get('meta', 'dataset');
  if (stored?.contentHash === dataset.meta.contentHash) return { ok: true, changed: false, datasetVersion: stored.datasetVersion };

  const tx = db.transaction(['positions', 'reports', 'meta'], 'readwrite');
  const positions = tx.objectStore('positions');
  const reports = tx.objectStore('reports');
  const existing = new Map((await positions.getAll()).map((position) => [position.id, JSON.stringify(position)]));
  let added = 0;
  let updated = 0;
  for (const position of dataset.positions) {
    const record = toStored(position);
    const before = existing.get(position.id);
    existing.delete(position.id);
    if (before === JSON.stringify(record)) continue;
    if (before === undefined) added++;
    else updated++;
    await positions.put(record);
  }
  for (const retired of existing.keys()) await positions.delete(retired);
  const retiredReports = new Set(await reports.getAllKeys());
  for (const report of dataset.reports) {
    retiredReports.delete(report.id);
    await reports.put(report);
  }
  for (const retired of retiredReports) await reports.delete(retired);
  await tx.objectStore('meta').put({ name: 'dataset', ...dataset.meta });
  await tx.done;
  return { ok: true, changed: true, datasetVersion: dataset.meta.datasetVersion, added, updated, removed: existing.size };
}

/**
 * Loads the bundled dataset into the database (docs/architecture.md, rule 3): the same content (by
 * content hash) is not written again; new content is validated in full, then positions and
 * reports are replaced in one transaction. Notes are never touched. A dataset that fails
 * validation is refused with the reason, and the data already stored stays in use.
 */
import * as v from 'valibot';
import { toStored, type Database } from './db';
import { DatasetSchema, describeIssues, MetaSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { errorMessage, type Failure } from '../result';

/** Just enough of a dataset to tell whether it is the one already stored. */
const DatasetHeadSchema = v.looseObject({ meta: MetaSchema });

export type SyncResult =
  | { ok: true; changed: false; datasetVersion: string }
  | { ok: true; changed: true; datasetVersion: string; added: number; updated: number; removed: number }
  | Failure;

export function validateDataset(raw: unknown): { ok: true; dataset: Dataset } | Failure {
  const parsed = v.safeParse(DatasetSchema, raw);
  if (!parsed.success) return { ok: false, message: `The bundled dataset is invalid (${describeIssues(parsed.issues)}); the data already stored stays in use.` };
  if (parsed.output.meta.schemaVersion > SCHEMA_VERSION) {
    return { ok: false, message: `The bundled dataset needs schema ${parsed.output.meta.schemaVersion}, this extension knows ${SCHEMA_VERSION}; the data already stored stays in use.` };
  }
  return { ok: true, dataset: parsed.output };
}

/**
 * Recognises an unchanged dataset from its meta alone, so that a browser start costs one
 * read: a content hash equal to the stored one names content that was validated in full
 * when it was stored. Anything else is validated in full before a single write.
 */
export async function syncDataset(db: Database, raw: unknown): Promise<SyncResult> {
  const head = v.safeParse(DatasetHeadSchema, raw);
  if (!head.success) return { ok: false, message: `The bundled dataset is invalid (${describeIssues(head.issues)}); the data already stored stays in use.` };
  const stored = await db.get('meta', 'dataset');
  if (stored?.contentHash === head.output.meta.contentHash) return { ok: true, changed: false, datasetVersion: stored.datasetVersion };
  const validated = validateDataset(raw);
  if (!validated.ok) return validated;
  try {
    return await replaceDataset(db, validated.dataset);
  } catch (error) {
    // The transaction aborted as a whole: nothing of the new dataset was kept.
    return { ok: false, message: `The dataset could not be stored (${errorMessage(error)}); the data already stored stays in use.` };
  }
}

/** Positions and reports replaced in one transaction with the meta: readers see the old dataset or the new one, never a mix. */
async function replaceDataset(db: Database, dataset: Dataset): Promise<SyncResult> {
  const tx = db.transaction(['positions', 'reports', 'meta'], 'readwrite');
  const positions = tx.objectStore('positions');
  const reports = tx.objectStore('reports');
  const [storedPositions, storedReportIds] = await Promise.all([positions.getAll(), reports.getAllKeys()]);
  const existing = new Map(storedPositions.map((position) => [position.id, JSON.stringify(position)]));
  // Requests are queued without waiting for each: the transaction runs them in order, and
  // Promise.all keeps any failure from going unhandled (the transaction then aborts whole).
  const writes: Promise<unknown>[] = [];
  let added = 0;
  let updated = 0;
  for (const position of dataset.positions) {
    const record = toStored(position);
    const before = existing.get(position.id);
    existing.delete(position.id);
    if (before === undefined) added++;
    else if (before === JSON.stringify(record)) continue;
    else updated++;
    writes.push(positions.put(record));
  }
  for (const retired of existing.keys()) writes.push(positions.delete(retired));
  const retiredReports = new Set(storedReportIds);
  for (const report of dataset.reports) {
    retiredReports.delete(report.id);
    writes.push(reports.put(report));
  }
  for (const retired of retiredReports) writes.push(reports.delete(retired));
  writes.push(tx.objectStore('meta').put({ name: 'dataset', ...dataset.meta }));
  await Promise.all([...writes, tx.done]);
  return { ok: true, changed: true, datasetVersion: dataset.meta.datasetVersion, added, updated, removed: existing.size };
}

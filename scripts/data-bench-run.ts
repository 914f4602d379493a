/**
 * The dataset measurements themselves, free of any environment: run on fake-indexeddb in Node
 * and, bundled, on the browser's own IndexedDB in an extension page of real Chromium.
 */
import { openDatabase } from '../lib/data/db';
import { lookupPositions } from '../lib/data/lookup';
import { loadPositionIndex } from '../lib/data/position-index';
import type { Dataset } from '../lib/data/schema';
import { syncDataset } from '../lib/data/sync';

export interface DataBenchResult {
  firstMs: number;
  added: number;
  resyncMs: number;
  resyncWrote: boolean;
  lookupMs: number;
  found: number;
  /** The background's in-memory index: one load after a sync, then lookups from memory. */
  indexLoadMs: number;
  indexLookupMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runDataBench(dataset: Dataset, keys: string[], databaseName: string): Promise<DataBenchResult> {
  const db = await openDatabase(databaseName);
  let started = performance.now();
  const first = await syncDataset(db, dataset);
  const firstMs = performance.now() - started;
  const resyncs: number[] = [];
  let again = first;
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    again = await syncDataset(db, dataset);
    resyncs.push(performance.now() - started);
  }
  const answer = await lookupPositions(db, keys);
  const found = Object.values(answer).reduce((sum, positions) => sum + positions.length, 0);
  const lookups: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    await lookupPositions(db, keys);
    lookups.push(performance.now() - started);
  }
  started = performance.now();
  const index = await loadPositionIndex(db);
  const indexLoadMs = performance.now() - started;
  const fromMemory: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    index.lookup(keys);
    fromMemory.push(performance.now() - started);
  }
  db.close();
  return {
    indexLoadMs,
    indexLookupMs: median(fromMemory),
    firstMs,
    added: first.ok && first.changed ? first.added : 0,
    resyncMs: median(resyncs),
    resyncWrote: !(again.ok && !again.changed),
    lookupMs: median(lookups),
    found,
  };
}

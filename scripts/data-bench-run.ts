/**
 * The dataset measurements themselves, free of any environment: run on fake-indexeddb in Node
 * and, bundled, on the browser's own IndexedDB in an extension page of real Chromium.
 */
import { openDB } from 'idb';
import { openDatabase, toStored, type StoredPosition } from '../lib/data/db';
import { lookupPositions } from '../lib/data/lookup';
import { loadPositionIndex } from '../lib/data/position-index';
import type { Dataset } from '../lib/data/schema';
import { syncDataset } from '../lib/data/sync';
import { median } from './median';

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
  /** The floor this IndexedDB sets, in the same run: the same records put into a store without indexes, and as many plain gets by id as the lookup asks. */
  floorPutMs: number;
  floorGetMs: number;
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
  const floor = await floorOf(dataset.positions.map(toStored), keys.length, `${databaseName}-floor`);
  return {
    floorPutMs: floor.putMs,
    floorGetMs: floor.getMs,
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

/** Measured after the sync, so that both run with the database code already compiled. */
async function floorOf(records: StoredPosition[], gets: number, databaseName: string): Promise<{ putMs: number; getMs: number }> {
  const plain = await openDB(databaseName, 1, { upgrade: (db) => void db.createObjectStore('records', { keyPath: 'id' }) });
  let started = performance.now();
  const write = plain.transaction('records', 'readwrite');
  await Promise.all([...records.map((record) => write.store.put(record)), write.done]);
  const putMs = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    const read = plain.transaction('records');
    await Promise.all([...Array.from({ length: gets }, (_, n) => read.store.get(records[n]!.id)), read.done]);
    samples.push(performance.now() - started);
  }
  plain.close();
  return { putMs, getMs: median(samples) };
}

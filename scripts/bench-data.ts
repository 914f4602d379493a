/**
 * Dataset sync and lookups on a synthetic dataset of 10 000 positions: first sync, unchanged
 * re-sync and a lookup of 500 keys, against the targets. They run on fake-indexeddb in Node,
 * which is slower than a browser's IndexedDB; the lines say so.
 *
 *   npx tsx scripts/bench-data.ts
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { openDatabase, toStored, type StoredPosition } from '../lib/data/db';
import { lookupPositions } from '../lib/data/lookup';
import type { Dataset, Position } from '../lib/data/schema';
import { syncDataset } from '../lib/data/sync';
import { buildDataset } from './build-dataset';

const POSITIONS = 10_000;
const LOOKUP_KEYS = 500;
const SUBS = 'abcdefgh';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The bundled reports and `count` positions: two per paragraph key (one on the Zero Draft,
 * one on the adopted version), over three reports, 200 paragraphs and their sub-paragraphs.
 */
function syntheticDataset(bundled: Dataset, count: number): Dataset {
  const template = bundled.positions.find((position) => position.paragraphs.length > 0)!;
  const perVersion = count / 2;
  const positions: Position[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    title: `Synthetic position ${i}`,
    paragraphs: [{ key: syntheticKey(i % perVersion, i < perVersion ? 'zero' : 'adopted'), quote: template.paragraphs[0]!.quote }],
  }));
  return { ...bundled, positions, meta: { ...bundled.meta, contentHash: 'f'.repeat(64) } };
}

/** The n-th paragraph key: apr1–apr3, paragraphs 1–200, whole or sub-paragraph (a)–(h). */
function syntheticKey(n: number, version: string | null): string {
  const rest = Math.floor(n / 3);
  const sub = Math.floor(rest / 200) % (SUBS.length + 1);
  return `apr${(n % 3) + 1}${version ? `@${version}` : ''}:${(rest % 200) + 1}${sub === 0 ? '' : SUBS[sub - 1]}`;
}

/**
 * The floor fake-indexeddb sets, measured in the same run: the same records put into a store
 * without indexes in one transaction, and as many plain gets by primary key as the lookup asks.
 */
async function baselines(records: StoredPosition[], gets: number): Promise<{ putMs: number; getMs: number }> {
  const plain = await openDB('bench-baseline', 1, { upgrade: (db) => void db.createObjectStore('records', { keyPath: 'id' }) });
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

export async function benchData(): Promise<string[]> {
  globalThis.indexedDB = new IDBFactory();
  const dataset = syntheticDataset(await buildDataset(), POSITIONS);
  const db = await openDatabase();

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

  // Version-less keys, as a page that names no version asks them: each is an index hit.
  const keys = Array.from({ length: LOOKUP_KEYS }, (_, i) => syntheticKey(i * 7, null));
  const answer = await lookupPositions(db, keys);
  const found = Object.values(answer).reduce((sum, positions) => sum + positions.length, 0);
  const lookups: number[] = [];
  for (let i = 0; i < 7; i++) {
    started = performance.now();
    await lookupPositions(db, keys);
    lookups.push(performance.now() - started);
  }
  db.close();
  // Measured after the sync, so that both run with fake-indexeddb's code already compiled.
  const baseline = await baselines(dataset.positions.map(toStored), LOOKUP_KEYS);

  const verdict = (ms: number, target: number) => (ms < target ? 'met' : 'NOT met');
  const resync = median(resyncs);
  const lookup = median(lookups);
  return [
    `data (fake-indexeddb in Node, not a browser's IndexedDB): first sync of ${POSITIONS.toLocaleString('en')} positions ${firstMs.toFixed(0)} ms (target < 1000 ms: ${verdict(firstMs, 1000)}; ${first.ok && first.changed ? `${first.added} added` : 'no change'}); ${(firstMs / baseline.putMs).toFixed(2)}× the same records put into a store without indexes (${baseline.putMs.toFixed(0)} ms)`,
    `data: unchanged re-sync ${resync.toFixed(2)} ms median of ${resyncs.length} (target < 20 ms: ${verdict(resync, 20)}; ${again.ok && !again.changed ? 'nothing written' : 'WROTE'})`,
    `data: lookup of ${LOOKUP_KEYS} version-less keys in one transaction ${lookup.toFixed(1)} ms median of ${lookups.length} (target < 10 ms: ${verdict(lookup, 10)}; ${found} positions found); ${(lookup / baseline.getMs).toFixed(2)}× ${LOOKUP_KEYS} plain gets by id (${baseline.getMs.toFixed(1)} ms)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchData()) console.log(line);
}

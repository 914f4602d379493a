/**
 * npm run bench: figures measured in one run, each against a plain baseline where the
 * issue asks for a ratio.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDatabase } from '../lib/data/db';
import { lookupPositions } from '../lib/data/lookup';
import type { Dataset, Position } from '../lib/data/schema';
import { syncDataset } from '../lib/data/sync';
import { detect } from '../lib/detector';
import { benchSearch } from './bench-search';
import { buildDataset } from './build-dataset';
import { benchPage } from './bench-page';
import { realisticProse } from './bench-text';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, repeats = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function benchDetector(): string[] {
  const text = realisticProse(3_000_000);
  let sink = 0;
  const baseline = time(() => {
    const digits = /\d+/g;
    while (digits.exec(text)) sink++;
  });
  const detector = time(() => {
    sink += detect(text).refs.length;
  });
  return [
    `detector: ${(text.length / 1e6).toFixed(1)} M chars of UN prose in ${detector.toFixed(1)} ms (${((text.length / 1e6) / (detector / 1000)).toFixed(1)} M chars/s)`,
    `detector vs a single /\\d+/g pass over the same text (${baseline.toFixed(1)} ms): ${(detector / baseline).toFixed(2)}× (target ≤ 3×)`,
    `detector: ${sink} references and digit runs counted (keeps both loops from being optimised away)`,
  ];
}

function syntheticDataset(bundled: Dataset, count: number): Dataset {
  const template = bundled.positions.find((position) => position.paragraphs.length > 0)!;
  const positions: Position[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    title: `Synthetic position ${i}`,
    paragraphs: [{ key: `apr${(i % 3) + 1}@zero:${(i % 120) + 1}${'abcdefgh'[i % 8]}`, quote: template.paragraphs[0]!.quote }],
  }));
  return { ...bundled, positions, meta: { ...bundled.meta, contentHash: 'f'.repeat(64) } };
}

async function benchData(): Promise<string[]> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDatabase();
  const dataset = syntheticDataset(await buildDataset(), 10_000);
  let started = performance.now();
  await syncDataset(db, dataset);
  const first = performance.now() - started;
  started = performance.now();
  await syncDataset(db, dataset);
  const again = performance.now() - started;
  const keys = Array.from({ length: 500 }, (_, i) => `apr${(i % 3) + 1}:${(i % 120) + 1}${'abcdefgh'[i % 8]}`);
  await lookupPositions(db, keys);
  const lookups: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await lookupPositions(db, keys);
    lookups.push(performance.now() - started);
  }
  db.close();
  return [
    `data (fake-indexeddb in Node; real IndexedDB is faster): first sync of 10 000 positions ${first.toFixed(0)} ms (target < 1000), unchanged re-sync ${again.toFixed(1)} ms (target < 20)`,
    `data: lookup of 500 keys ${median(lookups).toFixed(1)} ms median (target < 10)`,
  ];
}

for (const line of benchDetector()) console.log(line);
for (const line of await benchData()) console.log(line);
for (const line of await benchSearch()) console.log(line);
for (const line of await benchPage()) console.log(line);

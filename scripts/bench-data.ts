/**
 * Dataset sync and lookups on a synthetic dataset of 10 000 positions: first sync, unchanged
 * re-sync and a lookup of 500 keys, against the targets: on fake-indexeddb in Node, and the
 * same code on Chromium's own IndexedDB in an extension page.
 *
 *   npx tsx scripts/bench-data.ts
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { Dataset, Position } from '../lib/data/schema';
import { EXTENSION_DIR, launchExtension } from '../tests/support/extension';
import { buildDataset } from './build-dataset';
import { runDataBench, type DataBenchResult } from './data-bench-run';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const POSITIONS = 10_000;
const LOOKUP_KEYS = 500;
const SUBS = 'abcdefgh';

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
    paragraphs: [{ ...template.paragraphs[0]!, key: syntheticKey(i % perVersion, i < perVersion ? 'zero' : 'adopted') }],
  }));
  return { ...bundled, positions, meta: { ...bundled.meta, contentHash: 'f'.repeat(64) } };
}

/** The n-th paragraph key: apr1–apr3, paragraphs 1–200, whole or sub-paragraph (a)–(h). */
function syntheticKey(n: number, version: string | null): string {
  const rest = Math.floor(n / 3);
  const sub = Math.floor(rest / 200) % (SUBS.length + 1);
  return `apr${(n % 3) + 1}${version ? `@${version}` : ''}:${(rest % 200) + 1}${sub === 0 ? '' : SUBS[sub - 1]}`;
}

export async function benchData(): Promise<string[]> {
  globalThis.indexedDB = new IDBFactory();
  const dataset = syntheticDataset(await buildDataset(), POSITIONS);
  // Version-less keys, as a page that names no version asks them: each is an index hit.
  const keys = Array.from({ length: LOOKUP_KEYS }, (_, i) => syntheticKey(i * 7, null));
  const node = await runDataBench(dataset, keys, 'apr-lens-bench');
  const chromium = await runInChromium(dataset, keys);
  return [
    ...describe("fake-indexeddb in Node", node),
    ...describe("Chromium's IndexedDB, in an extension page", chromium),
  ];
}

function describe(where: string, result: DataBenchResult): string[] {
  const verdict = (ms: number, target: number) => (ms < target ? 'met' : 'NOT met');
  return [
    `data (${where}): first sync of ${POSITIONS.toLocaleString('en')} positions ${result.firstMs.toFixed(0)} ms (target < 1000 ms: ${verdict(result.firstMs, 1000)}; ${result.added} added)`,
    `data (${where}): unchanged re-sync ${result.resyncMs.toFixed(2)} ms median of 5 (target < 20 ms: ${verdict(result.resyncMs, 20)}; ${result.resyncWrote ? 'WROTE' : 'nothing written'})`,
    `data (${where}): lookup of ${LOOKUP_KEYS} version-less keys in one transaction ${result.lookupMs.toFixed(1)} ms median of 7 (${result.found} positions found)`,
    `data (${where}): floor in the same run: the same records put into a store without indexes ${result.floorPutMs.toFixed(0)} ms (first sync ${(result.firstMs / result.floorPutMs).toFixed(2)}× that), ${LOOKUP_KEYS} plain gets by id ${result.floorGetMs.toFixed(1)} ms`,
    `data (${where}): the background's in-memory index, loaded once per sync in ${result.indexLoadMs.toFixed(0)} ms, answers the same ${LOOKUP_KEYS} keys in ${result.indexLookupMs.toFixed(2)} ms (target < 10 ms: ${verdict(result.indexLookupMs, 10)})`,
  ];
}

/** The same measurements, bundled, in an extension page: the extension's origin and the browser's own IndexedDB. */
async function runInChromium(dataset: Dataset, keys: string[]): Promise<DataBenchResult> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
  const bundle = await esbuild.build({
    stdin: { contents: "import { runDataBench } from './scripts/data-bench-run'; (globalThis as any).runDataBench = runDataBench;", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  const session = await launchExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html'));
    // Evaluated, not added as a <script>: the extension pages' CSP refuses inline scripts.
    await page.evaluate(bundle.outputFiles[0]!.text);
    return await page.evaluate(
      ([data, lookupKeys]) => (globalThis as unknown as { runDataBench: typeof runDataBench }).runDataBench(data, lookupKeys, 'apr-lens-bench'),
      [dataset, keys] as const,
    );
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchData()) console.log(line);
}

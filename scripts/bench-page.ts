/**
 * What annotating a page costs the reader, in one Chromium run on the same pages: APR Lens
 * (the built extension, on a UN host) beside the floor (a TreeWalker, one regular
 * expression, one Highlight), mark.js 8.11 (markRegExp with the same expression) and the
 * page alone. For each: the time from DOMContentLoaded to the frame painted after the last
 * highlight change, the long tasks until then, and the JavaScript heap added (after a
 * garbage collection), as min/median/max over several runs, with ratios to the floor and to
 * mark.js. Expects a build in .output/chrome-mv3 (built first when it is missing).
 * `BENCH_RUNS=5 npm run bench` for more runs; `tsx scripts/bench-page.ts` runs this part alone,
 * `BENCH_PAGES=prose` only the pages whose label contains that, `BENCH_EXTENSION=dir` another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ANNOTATE_MEASURE, VIEWPORT_MARK } from '../lib/annotator/annotator-core';
import { HIGHLIGHT_NAMES } from '../lib/page/highlighter';
import type { CDPSession } from 'playwright-core';
import { EXTENSION_DIR, OTHER_TEST_HOST, launchExtension, type ExtensionSession } from '../tests/support/extension';
import { PAGES_DIR } from '../tests/support/fixture-server';
import { formatSpread, markdownTable, ratio, runFigures, spread, type ProbeRecord, type RunFigures } from './bench-page-figures';
import { benchPages, NO_REFERENCE_LABEL, REFERENCE_PATTERN, type BenchPage } from './bench-page-pages';

const CONTENDERS = ['none', 'floor', 'mark', 'apr'] as const;
type Contender = (typeof CONTENDERS)[number];
const NAMES: Record<Contender, string> = { none: 'page alone', floor: 'floor', mark: 'mark.js', apr: 'APR Lens' };

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_PAGES ?? '';
const EXTENSION = process.env.BENCH_EXTENSION ?? EXTENSION_DIR;
const MB = 1024 * 1024;

interface Measured extends RunFigures {
  /** JavaScript heap in use after a garbage collection, from the renderer's own counters. */
  heap: number;
}

/** The renderer's own counters after a garbage collection: JavaScript heap in use (MB) and script time (ms). */
async function rendererCounters(cdp: CDPSession): Promise<{ heap: number; script: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return { heap: metric('JSHeapUsedSize') / MB, script: metric('ScriptDuration') * 1000 };
}

/**
 * What APR Lens adds to a page without its probe (whose frame loop is script time too): the
 * page on a UN host against the same page where APR Lens does not run.
 */
async function bareCost(session: ExtensionSession, page: BenchPage, contender: 'none' | 'apr') {
  const tab = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(session.pageUrl(`bench/${page.file}`, contender === 'apr' ? undefined : OTHER_TEST_HOST));
    if (contender === 'apr') await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ANNOTATE_MEASURE);
    // Whatever follows the pass (a summary message, an idle callback) is counted too.
    await tab.waitForTimeout(500);
    return await rendererCounters(cdp);
  } finally {
    await tab.close();
  }
}

async function probeScript(): Promise<string> {
  const settings = {
    pattern: REFERENCE_PATTERN.source,
    flags: REFERENCE_PATTERN.flags,
    annotateMeasure: ANNOTATE_MEASURE,
    viewportMark: VIEWPORT_MARK,
    highlights: [HIGHLIGHT_NAMES.withPositions, HIGHLIGHT_NAMES.withoutPositions],
  };
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./bench-page-probe.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  return `const BENCH = ${JSON.stringify(settings)};\n${bundled.outputFiles[0]!.text}`;
}

async function measureOnce(session: ExtensionSession, page: BenchPage, contender: Contender, probe: string): Promise<Measured> {
  const tab = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.addInitScript({ content: probe });
    if (contender === 'mark') await tab.addInitScript({ path: createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js') });
    // APR Lens runs by itself on a UN host; the others run on a host where it does not.
    const host = contender === 'apr' ? undefined : OTHER_TEST_HOST;
    await tab.goto(`${session.pageUrl(`bench/${page.file}`, host)}?contender=${contender}`);
    let figures: RunFigures | null = null;
    const deadline = Date.now() + 120_000;
    while (!figures) {
      if (Date.now() > deadline) throw new Error(`${NAMES[contender]} did not finish on ${page.label} within 2 minutes`);
      await tab.waitForTimeout(100);
      figures = runFigures(await tab.evaluate(() => (window as unknown as { __benchRecord: ProbeRecord }).__benchRecord));
    }
    return { ...figures, heap: (await rendererCounters(cdp)).heap };
  } finally {
    await tab.close();
  }
}

/** The figures of every run of every contender on one page. */
type PageRuns = Record<Contender, Measured[]>;
type Bare = Awaited<ReturnType<typeof bareCost>>;

function pageTable(page: BenchPage, runs: PageRuns, bare: { none: Bare[]; apr: Bare[] }): string[] {
  const heapAdded = (contender: Contender) =>
    spread(runs[contender].map((run, i) => run.heap - (runs.none[i]?.heap ?? NaN)));
  const painted = (contender: Contender) => spread(runs[contender].map((run) => run.painted));
  const rows = CONTENDERS.filter((contender) => contender !== 'none').map((contender) => [
    NAMES[contender],
    String(runs[contender][0]?.found ?? '–'),
    formatSpread(painted(contender)),
    contender === 'apr' ? formatSpread(spread(runs.apr.map((run) => run.viewportPainted))) : '',
    formatSpread(spread(runs[contender].map((run) => run.longestTask))),
    formatSpread(heapAdded(contender), 2),
  ]);
  const none = painted('none').median;
  const [floor, mark, apr] = [painted('floor').median, painted('mark').median, painted('apr').median];
  const viewport = spread(runs.apr.map((run) => run.viewportPainted)).median;
  const lines = [
    '',
    `### ${page.label}${page.planted === null ? '' : ` (${page.planted} planted)`}`,
    '',
    ...markdownTable(
      ['', 'found', 'to painted frame, ms', 'viewport painted, ms', 'longest task, ms', 'heap added, MB'],
      rows,
    ),
    '',
    `The page alone paints its first frame after DOMContentLoaded in ${none.toFixed(0)} ms. To the painted frame, APR Lens ` +
      `${ratio(apr, floor)} the floor, ${ratio(apr, mark)} mark.js; its viewport ${ratio(viewport, floor)} the floor's whole page ` +
      `(goal ≤ 3×). Heap ${ratio(heapAdded('apr').median, heapAdded('floor').median)} the floor's (goal ≤ 1.5×).`,
  ];
  if (bare.apr.length > 0) {
    const added = (key: keyof Bare) => spread(bare.apr.map((run, i) => run[key] - (bare.none[i]?.[key] ?? NaN)));
    lines.push(
      `Without the probe, APR Lens adds ${formatSpread(added('script'), 1)} ms of script and ${formatSpread(added('heap'), 2)} MB ` +
        'of heap to the page alone (goal on a page with no reference: < 5 ms, < 0.5 MB).',
    );
  }
  return lines;
}

export async function benchPage(): Promise<string[]> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
  const dir = join(PAGES_DIR, 'bench');
  await mkdir(dir, { recursive: true });
  const pages = benchPages().filter((page) => page.label.includes(ONLY));
  for (const page of pages) await writeFile(join(dir, page.file), page.html);
  const probe = await probeScript();
  const session = await launchExtension({ extensionDir: EXTENSION });
  const lines = [`## Page cost to the painted frame (median (min–max) of ${RUNS} runs, one Chromium)`];
  try {
    for (const page of pages) {
      const runs: PageRuns = { none: [], floor: [], mark: [], apr: [] };
      // Contenders take turns within each run, so that a busy moment on the machine is shared.
      for (let run = 0; run < RUNS; run++) {
        for (const contender of CONTENDERS) runs[contender].push(await measureOnce(session, page, contender, probe));
      }
      const bare: { none: Bare[]; apr: Bare[] } = { none: [], apr: [] };
      if (page.label === NO_REFERENCE_LABEL) {
        for (let run = 0; run < RUNS; run++) {
          bare.none.push(await bareCost(session, page, 'none'));
          bare.apr.push(await bareCost(session, page, 'apr'));
        }
      }
      lines.push(...pageTable(page, runs, bare));
    }
  } finally {
    await session.close();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchPage()) console.log(line);

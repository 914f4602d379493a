/**
 * Page annotation in Chromium with the built extension: pages of 100 KB, 1 MB and 5 MB of
 * text, each timed against a bare TreeWalker pass plus a single /\d+/g scan over the same
 * page in the same run, and the longest main-thread task while annotating.
 * Expects a build in .output/chrome-mv3 (`npm run bench` builds first when it is missing).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANNOTATE_MEASURE } from '../lib/annotator/annotator-core';
import { BUSY_MEASURE, LONGEST_SLICE_MEASURE } from '../lib/page/detect-in-chunks';
import { EXTENSION_DIR, launchExtension } from '../tests/support/extension';
import { PAGES_DIR } from '../tests/support/fixture-server';
import { realisticProse } from './bench-text';
import { execFileSync } from 'node:child_process';

const SIZES: [string, number][] = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

function pageHtml(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = text.split('\n').filter(Boolean);
  const body: string[] = ['<h1>Statements on the Zero Draft of the 3rd APR</h1>'];
  for (let i = 0; i < paragraphs.length; i += 3) body.push(`<p>${paragraphs.slice(i, i + 3).map(escape).join(' ')}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title></head><body>${body.join('\n')}</body></html>`;
}

export async function benchPage(): Promise<string[]> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
  const dir = join(PAGES_DIR, 'bench');
  await mkdir(dir, { recursive: true });
  const session = await launchExtension();
  const lines: string[] = [];
  try {
    for (const [label, bytes] of SIZES) {
      const file = `page-${bytes}.html`;
      await writeFile(join(dir, file), pageHtml(realisticProse(bytes)));
      const page = await session.context.newPage();
      await page.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(session.pageUrl(`bench/${file}`));
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ANNOTATE_MEASURE, { timeout: 120_000, polling: 100 });
      const result = await page.evaluate(([name, sliceName, busyName]) => {
        const measure = performance.getEntriesByName(name)[0]!;
        const slice = performance.getEntriesByName(sliceName)[0]?.duration ?? NaN;
        const busy = performance.getEntriesByName(busyName)[0]?.duration ?? NaN;
        const end = measure.startTime + measure.duration;
        const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks;
        const during = tasks.filter((task) => task.start < end && task.start + task.duration > measure.startTime);
        const baselines: number[] = [];
        for (let run = 0; run < 3; run++) {
          const started = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
          const digits = /\d+/g;
          let count = 0;
          const text = parts.join('');
          while (digits.exec(text)) count++;
          baselines.push(performance.now() - started + (count < 0 ? 1 : 0));
        }
        baselines.sort((a, b) => a - b);
        return {
          annotate: measure.duration,
          busy,
          baseline: baselines[1]!,
          longest: Math.max(0, ...during.map((task) => task.duration)),
          slice,
          highlights: (CSS.highlights.get('apr-lens-ref')?.size ?? 0) + (CSS.highlights.get('apr-lens-ref-none')?.size ?? 0),
        };
      }, [ANNOTATE_MEASURE, LONGEST_SLICE_MEASURE, BUSY_MEASURE] as const);
      lines.push(
        `page ${label}: annotated in ${result.annotate.toFixed(0)} ms (${result.highlights} references), of which ${result.busy.toFixed(0)} ms our work on the page's thread; TreeWalker + /\\d+/g baseline ${result.baseline.toFixed(1)} ms; ratio ${(result.annotate / result.baseline).toFixed(1)}×, work alone ${(result.busy / result.baseline).toFixed(1)}× (target ≤ 2×); longest main-thread task while annotating ${result.longest.toFixed(0)} ms, of which our longest stretch between yields ${result.slice.toFixed(0)} ms (target < 50 ms on 5 MB)`,
      );
      await page.close();
    }
  } finally {
    await session.close();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchPage()) console.log(line);

/**
 * The PDF reader in Chromium with the built extension, on the 150-page fixture: time to
 * the first annotated page and to the whole document read and annotated, each against
 * plain pdf.js doing the least the same result needs (first page drawn with its text
 * layer; text of every page extracted), in the same browser and run.
 * Expects a build in .output/chrome-mv3 (`npm run bench` builds first when it is missing).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { PDF_COMPLETE_MARK, PDF_FIRST_PAGE_MARK } from '../lib/annotator/pdf-integration';
import { launchExtension } from '../tests/support/extension';
import { PAGES_DIR } from '../tests/support/fixture-server';
import { PDF_FIXTURES, writePdfFixtures } from '../tests/support/pdf-fixtures';
import { median } from './median';

const RUNS = 3;

/** Plain pdf.js on an ordinary page: what the reader adds its work to. */
const BASELINE_HTML = `<!doctype html><meta charset="utf-8"><title>pdf.js baseline</title><div id="page" style="position:relative"></div>
<script type="module">
import * as pdfjs from './pdf.min.js';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.js';
const file = new URLSearchParams(location.search).get('file');
const data = new Uint8Array(await (await fetch(file)).arrayBuffer());
const pdf = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
const page = await pdf.getPage(1);
const viewport = page.getViewport({ scale: 1 });
const canvas = document.createElement('canvas');
canvas.width = viewport.width; canvas.height = viewport.height;
await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
const layer = document.createElement('div');
document.getElementById('page').append(canvas, layer);
await new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: layer, viewport }).render();
performance.mark('first');
for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
performance.mark('all');
</script>`;

async function marks(page: Page, names: string[]): Promise<number[]> {
  await page.waitForFunction((wanted) => wanted.every((name) => performance.getEntriesByName(name).length > 0), names, { timeout: 120_000 });
  return page.evaluate((wanted) => wanted.map((name) => performance.getEntriesByName(name)[0]!.startTime), names);
}

export async function benchPdf(): Promise<string[]> {
  await writePdfFixtures();
  const baselineDir = join(PAGES_DIR, 'bench', 'pdf');
  await mkdir(baselineDir, { recursive: true });
  const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.min.mjs'));
  // Served as .js: the fixture server gives .mjs no JavaScript type.
  await copyFile(join(pdfjsDir, 'pdf.min.mjs'), join(baselineDir, 'pdf.min.js'));
  await copyFile(join(pdfjsDir, 'pdf.worker.min.mjs'), join(baselineDir, 'pdf.worker.min.js'));
  await writeFile(join(baselineDir, 'baseline.html'), BASELINE_HTML);

  const session = await launchExtension();
  try {
    const file = session.pageUrl(`pdf/${PDF_FIXTURES.long}`, 'docs.un.org');
    const reader: number[][] = [];
    const plain: number[][] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      await page.goto(`${session.pageUrl('bench/pdf/baseline.html', 'docs.un.org')}?file=${encodeURIComponent(file)}`);
      plain.push(await marks(page, ['first', 'all']));
      await page.close();
      const view = await session.context.newPage();
      await view.goto(session.extensionUrl(`reader.html?file=${encodeURIComponent(file)}`));
      reader.push(await marks(view, [PDF_FIRST_PAGE_MARK, PDF_COMPLETE_MARK]));
      await view.close();
    }
    const line = (what: string, ours: number, base: number, baseWhat: string) =>
      `PDF reader, 150 pages: ${what} ${ours.toFixed(0)} ms; plain pdf.js ${baseWhat} ${base.toFixed(0)} ms (×${(ours / base).toFixed(2)})`;
    return [
      line('first annotated page', median(reader.map((times) => times[0]!)), median(plain.map((times) => times[0]!)), 'first page with text layer'),
      line('whole document read and annotated', median(reader.map((times) => times[1]!)), median(plain.map((times) => times[1]!)), 'text of every page'),
    ];
  } finally {
    await session.close();
  }
}

/**
 * Report texts: capturing a 40-page report PDF (the reader's text extraction, then its
 * paragraphs read) as a ratio to pdf.js's own text extraction of the same PDF, both in
 * Node with pdf.js's legacy build, in the same run; and the concordance of two versions of
 * 150 paragraphs (reported, not asserted).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findNumberedParagraphs } from '../lib/page/report-paragraphs';
import { readDocumentText } from '../lib/pdf/read-text';
import { concordance } from '../lib/reports/concordance';
import type { ReportParagraph } from '../lib/data/schema';
import { longReportPdf } from '../tests/support/pdf-fixtures';
import { median } from './median';

const RUNS = 7;

/** Wall time, and the process's CPU time (pdf.js's worker runs in this thread in Node): the machine's load moves the first far more. */
async function measured(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  return (await measured(run)).wall;
}

const open = (bytes: Uint8Array) => getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;

/** A seeded generator: the same versions every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function versions(count: number): [ReportParagraph[], ReportParagraph[]] {
  const next = random(7);
  const vocabulary = 'garden lantern sundial hedge path compost seed register pavilion member group season spring winter neighbour workshop guidance catalogue irrigation moonlit quiet orderly glass northern southern'.split(' ');
  const sentence = (length: number) => Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
  const first = Array.from({ length: count }, (_, i): ReportParagraph => ({ para: i + 1, sub: null, heading: null, text: `${sentence(40 + Math.floor(next() * 40))}.`, leadIn: null }));
  // The second: every paragraph one further on, a word in ten changed, every twentieth dropped.
  const second = first
    .filter((_, i) => i % 20 !== 19)
    .map((paragraph, i) => ({ ...paragraph, para: i + 2, text: paragraph.text.split(' ').map((word) => (next() < 0.1 ? vocabulary[0]! : word)).join(' ') }));
  return [first, second];
}

export async function benchReports(): Promise<string[]> {
  const bytes = await longReportPdf(40);
  const pageCount = (await open(bytes)).numPages;
  const plain: { wall: number; cpu: number }[] = [];
  const capture: { wall: number; cpu: number }[] = [];
  let paragraphs = 0;
  const extractPlain = async () => {
    const pdf = await open(bytes);
    for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
    await pdf.destroy();
  };
  const extractAndRead = async () => {
    const pdf = await open(bytes);
    const { text } = await readDocumentText(pdf);
    paragraphs = findNumberedParagraphs(text.text, { footnotes: text.footnotes }).length;
    await pdf.destroy();
  };
  // Alternated, so that neither gains from going second.
  for (let run = 0; run < RUNS; run++) {
    if (run % 2 === 0) plain.push(await measured(extractPlain));
    capture.push(await measured(extractAndRead));
    if (run % 2 === 1) plain.push(await measured(extractPlain));
  }
  const [first, second] = versions(150);
  const matching: number[] = [];
  for (let run = 0; run < RUNS; run++) matching.push(await timed(async () => concordance(first, second)));
  const cpu = (list: { cpu: number }[]) => median(list.map((each) => each.cpu));
  const wall = (list: { wall: number }[]) => median(list.map((each) => each.wall));
  return [
    `report capture, ${pageCount}-page PDF (${paragraphs} paragraphs): CPU ${cpu(capture).toFixed(0)} ms vs pdf.js text extraction ${cpu(plain).toFixed(0)} ms = ${(cpu(capture) / cpu(plain)).toFixed(2)}× (target ≤ 1.5×); wall time ${(wall(capture) / wall(plain)).toFixed(2)}×`,
    `concordance of two versions of ${first.length} and ${second.length} paragraphs: ${median(matching).toFixed(1)} ms (target < 300 ms, not asserted)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchReports()) console.log(line);

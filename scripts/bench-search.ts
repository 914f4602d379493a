/**
 * Search latency over a synthetic dataset of 10 000 positions and 5 000 notes: index build
 * time, and query time as the user types (every prefix of each query), against a plain
 * baseline measured in the same run (a lower-cased substring scan of every text).
 * Targets: median under 5 ms, worst under 20 ms.
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { NO_FILTERS, search } from '../lib/search/query';
import { buildSearchIndex, type IndexedNote, type IndexedPosition } from '../lib/search/search-index';
import { STOP_WORDS } from '../lib/search/terms';
import { THEMES } from '../lib/data/schema';
import { median } from './median';

const POSITIONS = 10_000;
const NOTES = 5_000;
const TARGET_MEDIAN_MS = 5;
const TARGET_WORST_MS = 20;

const DOMAIN = (
  'critical infrastructure norms accountability capacity building confidence measures stakeholders ' +
  'international law sovereignty attribution escalation ransomware malware cooperation portal ' +
  'institutional dialogue programme action states cyber operations resilience humanitarian protection ' +
  'emergency response teams supply chain vulnerabilities disclosure peer review mechanism'
).split(' ');

/** Deterministic (mulberry32), so that every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Text with the shape of real prose: a vocabulary of 30 000 words used with Zipf's law
 * frequencies (a few words everywhere, most words rare). As in prose, the most frequent
 * words are function words (the index's stop words); the domain's words come from rank 100 on.
 */
function syntheticData() {
  const next = random(42);
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)]!;
  const syllables = ['ka', 'lo', 'mi', 'ster', 'van', 'pre', 'tion', 'ro', 'dun', 'el', 'qua', 'bis', 'ne', 'tor', 'sa', 'ment', 'gu', 'fi'];
  const functionWords = [...STOP_WORDS];
  const invented = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
  const vocabulary = Array.from({ length: 30_000 }, (_, rank) => {
    if (rank < functionWords.length) return functionWords[rank]!;
    const domain = rank >= 100 && rank % 300 === 100 ? DOMAIN[Math.floor(rank / 300)] : undefined;
    return domain ?? invented();
  });
  // Zipf: the word of rank r appears with probability ∝ 1/r; sampled by inverting the cumulative sum.
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
  const total = cumulative[cumulative.length - 1]!;
  const word = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
  const sentence = (words: number) => Array.from({ length: words }, word).join(' ');
  const reports = ['apr1', 'apr2', 'apr3', 'final'];
  const key = () => `${pick(reports)}:${1 + Math.floor(next() * 80)}${next() < 0.5 ? pick(['a', 'b', 'c', 'e', 'h']) : ''}`;
  const positions: IndexedPosition[] = Array.from({ length: POSITIONS }, (_, i) => ({
    id: `p${i}`,
    title: sentence(8),
    date: `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    organisation: pick(['ICT4Peace', 'Cyber Peace Institute', 'UNIDIR']),
    quote: sentence(30),
    summary: sentence(50),
    themes: [pick([...THEMES]), pick([...THEMES])],
    sourceUrl: `https://example.org/${i}`,
    paragraphs: [{ kind: 'topical', key: key(), quote: null, reason: 'Synthetic.' }],
  }));
  const notes: IndexedNote[] = Array.from({ length: NOTES }, (_, i) => ({
    id: `n${i}`,
    paragraphKey: key(),
    pageUrl: null,
    quote: null,
    body: sentence(40),
    tags: [pick(DOMAIN)],
    updated: '2025-01-01T00:00:00.000Z',
  }));
  return { positions, notes };
}

const QUERIES = ['critical infrastructure', 'accountabilty', 'ransomwre', 'peer review mechanism', 'capacity', 'kalomi', 'apr3 50c', '29 (e)', 'resilience humanitarian'];

/** Every prefix of each query, as the search box sees it while the user types. */
const typed = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const RUNS = 5;
function medianOf(run: () => void): number {
  return median(Array.from({ length: RUNS }, () => time(run)));
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), worst: sorted[sorted.length - 1]! };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function benchSearch(): Promise<string[]> {
  const { positions, notes } = syntheticData();
  const plainStart = performance.now();
  const plain = new MiniSearch({ fields: ['text'] });
  await plain.addAllAsync(
    [...positions.map((p) => `${p.title} ${p.quote} ${p.summary} ${p.themes.join(' ')} ${p.organisation}`), ...notes.map((n) => `${n.body} ${n.tags.join(' ')}`)].map((text, id) => ({ id, text })),
    { chunkSize: 500 },
  );
  const plainBuild = performance.now() - plainStart;
  const buildStart = performance.now();
  const index = await buildSearchIndex({ positions, paragraphs: [], notes });
  const build = performance.now() - buildStart;
  const texts = [
    ...positions.map((p) => `${p.title} ${p.quote} ${p.summary} ${p.themes.join(' ')} ${p.organisation}`.toLowerCase()),
    ...notes.map((n) => `${n.body} ${n.tags.join(' ')}`.toLowerCase()),
  ];
  // Warm both paths up once, then time each query as the median of a few runs: one run can
  // be held up by garbage collection or another process, which says nothing about the query.
  for (const query of typed) search(index, query, NO_FILTERS);
  const searchTimes = typed.map((query) => medianOf(() => search(index, query, NO_FILTERS)));
  const scanTimes = typed.map((query) =>
    medianOf(() => {
      const needle = query.toLowerCase();
      texts.filter((text) => text.includes(needle));
    }),
  );
  const ours = stats(searchTimes);
  const baseline = stats(scanTimes);
  const verdict = ours.median < TARGET_MEDIAN_MS && ours.worst < TARGET_WORST_MS ? 'within target' : 'OVER TARGET';
  return [
    `search: ${POSITIONS} positions + ${NOTES} notes, ${typed.length} queries typed letter by letter (each the median of ${RUNS} runs)`,
    `  index build: ${ms(build)} (in chunks that yield to the page); plain MiniSearch over the same text: ${ms(plainBuild)}, ratio ×${(build / plainBuild).toFixed(2)}`,
    `  query (prefix + fuzzy 0.2): median ${ms(ours.median)}, p95 ${ms(ours.p95)}, worst ${ms(ours.worst)} — ${verdict} (median < ${TARGET_MEDIAN_MS} ms, worst < ${TARGET_WORST_MS} ms)`,
    `  baseline (substring scan, no typos or prefixes of words): median ${ms(baseline.median)}, worst ${ms(baseline.worst)}`,
    `  ratio to baseline: median ×${(ours.median / baseline.median).toFixed(2)}, worst ×${(ours.worst / baseline.worst).toFixed(2)}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchSearch()) console.log(line);
}

/**
 * npm run bench: figures measured in one run, each against a plain baseline where the
 * issue asks for a ratio.
 */
import { detect } from '../lib/detector';
import { benchData } from './bench-data';
import { benchSearch } from './bench-search';
import { benchPage } from './bench-page';
import { benchPdf } from './bench-pdf';
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

for (const line of benchDetector()) console.log(line);
for (const line of await benchData()) console.log(line);
for (const line of await benchSearch()) console.log(line);
for (const line of await benchPage()) console.log(line);
for (const line of await benchPdf()) console.log(line);

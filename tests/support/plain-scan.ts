/**
 * Timing against a plain scan of the same text, measured in the same run: the machine's load
 * varies, so tests compare ratios, never wall-clock times.
 */

/** The plain scan: one pass over the text's code units, counting digits (the count keeps the loop from being optimised away). */
export function plainScan(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits;
}

/** Shorter timings are mostly noise: short work is repeated to last at least this long. */
const MIN_TIMING_MS = 1;

/** The time of one `work`, in milliseconds, from `repeats` of it in a row. */
function timeOnce(work: () => unknown, repeats: number): number {
  const started = performance.now();
  for (let repeat = 0; repeat < repeats; repeat++) work();
  return (performance.now() - started) / repeats;
}

/** How many times in a row `work` must run to last MIN_TIMING_MS, from one run (which also warms it) that took `once`. */
function repeatsFor(once: number): number {
  return Math.max(1, Math.min(10_000, Math.ceil(MIN_TIMING_MS / Math.max(once, 0.001))));
}

/**
 * How many times longer `work` takes than the plain scan of `text`: the two timed in turn, so
 * that both meet the same load, each the best of `runs` (load and collections slow some runs,
 * a blow-up slows all).
 */
export function ratioToPlainScan(text: string, work: () => unknown, runs: number): number {
  const scan = () => plainScan(text);
  const workRepeats = repeatsFor(timeOnce(work, 1));
  const scanRepeats = repeatsFor(timeOnce(scan, 1));
  let worked = Infinity;
  let scanned = Infinity;
  for (let run = 0; run < runs; run++) {
    worked = Math.min(worked, timeOnce(work, workRepeats));
    scanned = Math.min(scanned, timeOnce(scan, scanRepeats));
  }
  return worked / scanned;
}

/**
 * How much `work`'s time over a plain scan grows from the text `small` to the text `large`:
 * about 1 where the work is linear in the text. Each of the four times is the shortest of
 * `runs` short timings taken in turn: load and collections only ever add time, and among
 * many short timings some meet neither.
 */
export function growthAgainstPlainScan(small: string, large: string, work: (text: string) => unknown, runs: number): number {
  const timers = [small, large].flatMap((text) => {
    const run = () => work(text);
    const scan = () => plainScan(text);
    const runRepeats = repeatsFor(timeOnce(run, 1));
    const scanRepeats = repeatsFor(timeOnce(scan, 1));
    return [() => timeOnce(run, runRepeats), () => timeOnce(scan, scanRepeats)];
  });
  const best = timers.map(() => Infinity);
  for (let run = 0; run < runs; run++) timers.forEach((timer, index) => (best[index] = Math.min(best[index]!, timer())));
  const [smallWork, smallScan, largeWork, largeScan] = best as [number, number, number, number];
  return largeWork / largeScan / (smallWork / smallScan);
}

/**
 * Runs the detector over a long text in slices cut at block boundaries, yielding to the
 * page between slices. Slices start at blocks, and a block never takes the report another one named.
 * No reference spans two blocks, so the slices see every reference whole.
 */
import type { DetectContext, Detection, Reference, ReportMention } from '../detector';
import { BLOCK_SEPARATOR } from './text-index';

export type DetectFunction = (text: string, context?: DetectContext) => Detection;

/** Work between two yields: short enough that the page stays responsive. */
const SLICE_BUDGET_MS = 12;
/** The first slice is small: the detector's code runs cold (interpreted) until the engine has warmed it up. */
const FIRST_SLICE = 2_000;
const MAX_SLICE = 400_000;

export async function detectInChunks(
  text: string,
  context: DetectContext,
  detect: DetectFunction,
  yieldToPage: () => Promise<void>,
): Promise<Detection> {
  const refs: Reference[] = [];
  const mentions: ReportMention[] = [];
  // Each slice starts at a block, and no block sees what an earlier one named: every slice gets the page's context.
  let discussed: Detection['discussed'] = { report: context.report ?? null, version: context.version ?? null };
  let sliceLength = FIRST_SLICE;
  let start = 0;
  while (start < text.length) {
    let end = start + sliceLength >= text.length ? text.length : text.indexOf(BLOCK_SEPARATOR, start + sliceLength);
    if (end < 0) end = text.length;
    const started = performance.now();
    const slice = detect(text.slice(start, end), context);
    for (const ref of slice.refs) {
      if (!ref.surface.includes(BLOCK_SEPARATOR)) refs.push({ ...ref, surface: detached(ref.surface), start: ref.start + start, end: ref.end + start });
    }
    for (const mention of slice.mentions) mentions.push({ ...mention, start: mention.start + start, end: mention.end + start });
    discussed = slice.discussed;
    // Size the next slice by how fast this one went, so that each stays within the budget.
    const elapsed = Math.max(0.5, performance.now() - started);
    // Grow at most twofold a step: one fast slice (a warm cache, no GC) is no promise of the next.
    const fitting = Math.floor(((end - start) * SLICE_BUDGET_MS) / elapsed);
    sliceLength = Math.min(MAX_SLICE, sliceLength * 2, Math.max(FIRST_SLICE, fitting));
    start = end + 1;
    if (start < text.length) await yieldToPage();
  }
  return { refs, mentions, discussed };
}

/**
 * A copy of a slice of the page's text that does not hold the text alive. The engine keeps a
 * slice of 13 characters or more as a pointer into the whole string ("paragraph 12 (c)"
 * would keep megabytes), and the references outlive the pass; shorter ones are copies already.
 */
export function detached(slice: string): string {
  return slice.length < 13 ? slice : [...slice].join('');
}

/** Gives the main thread back to the page: long work never blocks it for long. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest stretch of work between two yields, as a User Timing measure of that name. */
export const LONGEST_SLICE_MEASURE = 'apr-lens:longest-slice';
/** All the stretches of work added up: the main-thread time annotating took, without the waits between. */
export const BUSY_MEASURE = 'apr-lens:busy';

/** yieldToPage that also times the work between yields, so that the longest slice and the total can be reported. */
export function sliceTimer() {
  let sliceStart = performance.now();
  const first = sliceStart;
  let longest = { start: sliceStart, duration: 0 };
  let busy = 0;
  const close = () => {
    const now = performance.now();
    busy += now - sliceStart;
    if (now - sliceStart > longest.duration) longest = { start: sliceStart, duration: now - sliceStart };
  };
  return {
    async yieldToPage() {
      close();
      await yieldToPage();
      sliceStart = performance.now();
    },
    /** Waiting on something else (a message to the background) is not work on the page's thread. */
    async idle<T>(waiting: Promise<T>): Promise<T> {
      close();
      try {
        return await waiting;
      } finally {
        sliceStart = performance.now();
      }
    },
    report() {
      close();
      sliceStart = performance.now();
      performance.measure(LONGEST_SLICE_MEASURE, longest);
      performance.measure(BUSY_MEASURE, { start: first, duration: busy });
    },
  };
}

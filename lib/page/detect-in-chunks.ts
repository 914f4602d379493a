/**
 * Runs the detector over a long text in slices cut at block boundaries, yielding to the
 * page between slices, and carries the last report named from one slice to the next.
 * No reference spans two blocks, so the slices see every reference whole.
 */
import type { DetectContext, Detection, Reference, ReportMention } from '../detector';
import { BLOCK_SEPARATOR } from './text-index';

export type DetectFunction = (text: string, context?: DetectContext) => Detection;

const SLICE_LENGTH = 40_000;

export async function detectInChunks(
  text: string,
  context: DetectContext,
  detect: DetectFunction,
  yieldToPage: () => Promise<void>,
): Promise<Detection> {
  const refs: Reference[] = [];
  const mentions: ReportMention[] = [];
  let carried: DetectContext = { ...context };
  let start = 0;
  while (start < text.length) {
    let end = start + SLICE_LENGTH >= text.length ? text.length : text.indexOf(BLOCK_SEPARATOR, start + SLICE_LENGTH);
    if (end < 0) end = text.length;
    const slice = detect(text.slice(start, end), carried);
    for (const ref of slice.refs) {
      if (!ref.surface.includes(BLOCK_SEPARATOR)) refs.push({ ...ref, start: ref.start + start, end: ref.end + start });
    }
    for (const mention of slice.mentions) mentions.push({ ...mention, start: mention.start + start, end: mention.end + start });
    const last = slice.mentions.at(-1);
    if (last) carried = { ...carried, report: last.report, version: last.version };
    start = end + 1;
    if (start < text.length) await yieldToPage();
  }
  return { refs, mentions };
}

/** Gives the main thread back to the page: long work never blocks it for long. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest stretch of work between two yields, as a User Timing measure of that name. */
export const LONGEST_SLICE_MEASURE = 'apr-lens:longest-slice';

/** yieldToPage that also times the work between yields, so that the longest slice can be reported. */
export function sliceTimer() {
  let sliceStart = performance.now();
  let longest = { start: sliceStart, duration: 0 };
  const close = () => {
    const now = performance.now();
    if (now - sliceStart > longest.duration) longest = { start: sliceStart, duration: now - sliceStart };
  };
  return {
    async yieldToPage() {
      close();
      await yieldToPage();
      sliceStart = performance.now();
    },
    report() {
      close();
      performance.measure(LONGEST_SLICE_MEASURE, longest);
    },
  };
}

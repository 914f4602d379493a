/**
 * From what the page bench's probe records in a page (frame stamps, long tasks, when the
 * contender's last highlight change was) to the figures its tables give, and the tables.
 */
import { median } from './median';

/** What the probe (bench-page-probe.ts) records in one page, read back after the painted frame. */
export interface ProbeRecord {
  /** The page's DOMContentLoaded event (every contender starts after it). */
  loaded: number;
  /** The contender's last highlight change; NaN until it is done. */
  done: number;
  /** APR Lens only: the references in the viewport are highlighted. */
  viewportDone: number;
  /** Each animation frame: when its requestAnimationFrame callback ran, and the next task after it (the frame painted). */
  frames: [raf: number, painted: number][];
  /** Long tasks (over 50 ms) as [start, duration]. */
  tasks: [start: number, duration: number][];
  /** Highlights (or marks) the contender made. */
  found: number;
}

export interface RunFigures {
  /** From DOMContentLoaded to the frame painted after the last highlight change. */
  painted: number;
  /** Same, to the frame after the viewport's references (APR Lens; the whole page for the others). */
  viewportPainted: number;
  longestTask: number;
  tasksOver50: number;
  found: number;
}

/** The next-task stamp of the first frame whose animation callback ran at or after `at`; NaN if none has yet. */
export function paintedAfter(frames: readonly [number, number][], at: number): number {
  for (const [raf, painted] of frames) if (raf >= at) return painted;
  return NaN;
}

/** Long tasks that overlap [from, to]: the longest one's duration, and how many there are. */
export function longTasksIn(tasks: readonly [number, number][], from: number, to: number): { longest: number; count: number } {
  const during = tasks.filter(([start, duration]) => start < to && start + duration > from);
  return { longest: Math.max(0, ...during.map(([, duration]) => duration)), count: during.length };
}

/** A run's figures once its painted frame is in the record, else null (the caller waits longer). */
export function runFigures(record: ProbeRecord): RunFigures | null {
  if (Number.isNaN(record.done)) return null;
  const painted = paintedAfter(record.frames, record.done);
  if (Number.isNaN(painted)) return null;
  const viewport = Number.isNaN(record.viewportDone) ? painted : paintedAfter(record.frames, record.viewportDone);
  const tasks = longTasksIn(record.tasks, record.loaded, painted);
  return {
    painted: painted - record.loaded,
    viewportPainted: viewport - record.loaded,
    longestTask: tasks.longest,
    tasksOver50: tasks.count,
    found: record.found,
  };
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: NaN, median: NaN, max: NaN };
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** "12 (10–15)": the median, then the range when the runs differ; `digits` after the point. */
export function formatSpread(value: Spread, digits = 0): string {
  const format = (n: number) => n.toFixed(digits);
  if (Number.isNaN(value.median)) return '–';
  const [min, mid, max] = [format(value.min), format(value.median), format(value.max)];
  return min === max ? mid : `${mid} (${min}–${max})`;
}

/** `a / b` as "3.2×", or "–" where either is missing. */
export function ratio(a: number, b: number): string {
  if (!(a >= 0) || !(b > 0)) return '–';
  return `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
}

/** A Markdown table: the header, then rows of cells. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

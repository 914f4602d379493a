import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detector';
import { detectInChunks } from '../lib/page/detect-in-chunks';
import { BLOCK_SEPARATOR } from '../lib/page/text-index';
import { formatSpread, longTasksIn, markdownTable, paintedAfter, ratio, runFigures, spread, type ProbeRecord } from './bench-page-figures';
import { benchPageHtml, benchPages, generatedText, REFERENCE_PATTERN, sizeLabel } from './bench-page-pages';

describe('page bench pages', () => {
  it('plants as many references as asked, and the floor pattern and the detector each find exactly those', async () => {
    for (const planted of [0, 7, 100]) {
      const text = generatedText(planted * 300 + 20_000, planted);
      expect(text.match(REFERENCE_PATTERN)?.length ?? 0).toBe(planted);
      // As the page reads it: in blocks, in slices.
      const { refs } = await detectInChunks(text.replace(/\n/g, BLOCK_SEPARATOR), {}, detect, async () => undefined);
      expect(refs).toHaveLength(planted);
      expect(refs.every((ref) => ref.report === 'apr3' && ref.version === 'zero')).toBe(true);
    }
  });

  it('reaches the size asked for, and grows past it only to fit the references', () => {
    expect(generatedText(50_000, 10).length).toBeGreaterThanOrEqual(50_000);
    expect(generatedText(50_000, 10).length).toBeLessThan(51_000);
    expect(generatedText(10_000, 1_000).match(REFERENCE_PATTERN)).toHaveLength(1_000);
  });

  it('writes one paragraph per line under a heading that names the report, and escapes the text', () => {
    const html = benchPageHtml('a < b & c\nsecond line');
    expect(html).toContain('<h1>Statements on the Zero Draft of the 3rd APR</h1>');
    expect(html).toContain('<p>a &lt; b &amp; c</p>\n<p>second line</p>');
  });

  it('labels pages by what they hold', () => {
    const labels = benchPages().map((page) => page.label);
    expect(labels).toContain('no reference, 100 KB');
    expect(labels).toContain('50k references, 7.5 MB');
    expect(sizeLabel(102_000)).toBe('102 KB');
    expect(sizeLabel(1_015_637)).toBe('1.0 MB');
  });
});

describe('page bench figures', () => {
  const record = (overrides: Partial<ProbeRecord>): ProbeRecord => ({
    loaded: 100,
    done: NaN,
    viewportDone: NaN,
    frames: [],
    tasks: [],
    found: 3,
    ...overrides,
  });

  it('takes the painted frame as the next-task stamp of the first frame after the last change', () => {
    const frames: [number, number][] = [[90, 95], [116, 130], [133, 140]];
    expect(paintedAfter(frames, 110)).toBe(130);
    expect(paintedAfter(frames, 116)).toBe(130);
    expect(paintedAfter(frames, 134)).toBeNaN();
  });

  it('counts the long tasks that overlap the window, cut at neither end', () => {
    const tasks: [number, number][] = [[10, 60], [80, 70], [200, 55], [400, 90]];
    expect(longTasksIn(tasks, 100, 300)).toEqual({ longest: 70, count: 2 });
    expect(longTasksIn(tasks, 500, 600)).toEqual({ longest: 0, count: 0 });
  });

  it('gives no figures until the contender is done and a frame has painted after it', () => {
    expect(runFigures(record({}))).toBeNull();
    expect(runFigures(record({ done: 150, frames: [[140, 145]] }))).toBeNull();
    const figures = runFigures(record({ done: 150, viewportDone: 120, frames: [[125, 128], [160, 170]], tasks: [[130, 60]] }));
    expect(figures).toEqual({ painted: 70, viewportPainted: 28, longestTask: 60, tasksOver50: 1, found: 3 });
  });

  it('summarises runs as min, median and max, and formats them and ratios', () => {
    expect(spread([30, 10, 20])).toEqual({ min: 10, median: 20, max: 30 });
    expect(formatSpread(spread([30, 10, 20]))).toBe('20 (10–30)');
    expect(formatSpread(spread([1.234]), 1)).toBe('1.2');
    expect(formatSpread(spread([]))).toBe('–');
    expect(ratio(30, 10)).toBe('3.0×');
    expect(ratio(300, 10)).toBe('30×');
    expect(ratio(5, 0)).toBe('–');
    expect(markdownTable(['a', 'b'], [['1', '2']])).toEqual(['| a | b |', '| --- | --- |', '| 1 | 2 |']);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detect } from '../detector';
import type { Highlighter, HighlightName } from '../page/highlighter';
import { MAX_LISTED, PageSummarySchema } from '../page/page-summary';
import { BLOCK_SEPARATOR } from '../page/text-index';
import * as v from 'valibot';
import { createAnnotatorCore, type AnnotatorCoreOptions, type TextSegment } from './annotator-core';
import { createHtmlAnnotator, type HtmlAnnotatorOptions } from './html-integration';

interface TestPosition {
  id: string;
  paragraphs: { key: string; quote?: string | null }[];
}

function recordingHighlighter() {
  const added: { name: HighlightName; text: string }[] = [];
  const highlighter: Highlighter = {
    native: true,
    add: (name, range) => void added.push({ name, text: range.toString() }),
    delete: () => undefined,
    set: () => undefined,
    clear: () => void added.splice(0),
  };
  return { highlighter, added };
}

const noYield = () => Promise.resolve();

/** A core, or an HTML annotator over the test page, with no positions unless a test gives some. */
const defaults = (): AnnotatorCoreOptions<TestPosition> => ({
  detect,
  lookup: async () => ({}),
  positionsForReport: async () => [],
  highlighter: recordingHighlighter().highlighter,
  yieldToPage: noYield,
});
const coreWith = (options: Partial<AnnotatorCoreOptions<TestPosition>> = {}) => createAnnotatorCore({ ...defaults(), ...options });
const htmlWith = (options: Partial<HtmlAnnotatorOptions<TestPosition>> = {}) =>
  createHtmlAnnotator({ ...defaults(), root: document.body, pageReport: null, ...options });

describe('the annotator core', () => {
  it('finds references, looks their keys up once each in batches the background accepts, and builds the summary', async () => {
    const asked: string[][] = [];
    const text = Array.from({ length: 7 }, (_, i) => `para ${i + 1} of the 3rd APR`).join(BLOCK_SEPARATOR);
    const core = coreWith({
      lookup: async (keys) => {
        asked.push(keys);
        return { 'apr3:1': [{ id: 'p1', paragraphs: [{ key: 'apr3:1' }] }] };
      },
      lookupBatch: 3,
    });
    // A segment not on screen (a PDF page not drawn yet): listed, not highlighted.
    const hidden: TextSegment = { locate: () => null };
    const { added } = await core.detect(hidden, text, { lang: 'en' });
    expect(added).toHaveLength(7);
    expect(asked.map((batch) => batch.length)).toEqual([3, 3, 1]);
    await core.detect(hidden, 'para 1 of the 3rd APR', { lang: 'en' }, 10);
    expect(asked).toHaveLength(3);
    expect(core.references.at(-1)!.start).toBe(10);
    const summary = core.summary('https://un.org/x', 'X');
    expect(summary.references[0]).toMatchObject({ id: 1, key: 'apr3:1', surface: 'para 1', positionIds: ['p1'], mention: 0 });
    expect(core.targets().references).toEqual([]);
  });

  it('lists the first MAX_LISTED references of a huge page in its summary, and how many there are', async () => {
    const core = coreWith();
    const text = Array.from({ length: MAX_LISTED + 300 }, (_, i) => `para ${1 + (i % 900)} of the 3rd APR`).join(BLOCK_SEPARATOR);
    await core.detect({ locate: () => null }, text, { lang: 'en' });
    const summary = core.summary('https://un.org/x', 'T'.repeat(5000));
    expect(summary.referenceCount).toBe(MAX_LISTED + 300);
    expect(summary.references).toHaveLength(MAX_LISTED);
    expect(v.is(PageSummarySchema, summary)).toBe(true);
  });

  it('hands the highlights their ranges in one step, after the last yield, not a slice at a time', async () => {
    const events: string[] = [];
    document.body.innerHTML = Array.from({ length: 1100 }, (_, i) => `<p>para ${1 + (i % 900)} of the 3rd APR</p>`).join('');
    const highlighter: Highlighter = { ...recordingHighlighter().highlighter, add: () => void events.push('add') };
    const annotator = htmlWith({
      highlighter,
      yieldToPage: async () => void events.push('yield'),
    });
    await annotator.annotate();
    expect(events.filter((event) => event === 'add')).toHaveLength(1100);
    expect(events.lastIndexOf('yield')).toBeLessThan(events.indexOf('add'));
  });

  it('lets the page text go once its references are placed', async () => {
    document.body.innerHTML = '<p>See para 29 e of the 3rd APR.</p>';
    const annotator = htmlWith();
    await annotator.annotate();
    const [reference] = annotator.core.references;
    expect(reference!.located!.range.toString()).toBe('para 29 e');
    // The segment no longer holds the text index it was read from.
    expect(reference!.segment.locate(reference!.start, reference!.end)).toBeNull();
    expect(RegExp.input).toBe('');
  });

  it("leaves out paragraphs of no known report and other documents' paragraphs", async () => {
    const core = coreWith();
    await core.detect({ locate: () => null }, 'See para 5. Article 29 of the Charter. Para 12 of the 2015 GGE report.', {});
    expect(core.references).toEqual([]);
  });
});

describe('the HTML integration', () => {
  it("marks a report page's paragraphs with keys in the one key format, and tells who captures report text", async () => {
    document.body.innerHTML =
      '<h1>Zero Draft of the 3rd APR</h1><p>28. States met.</p><p>29. States agreed:</p><p>(e) to cooperate.</p>' +
      '<p>See para 29 e of the 3rd APR.</p>';
    const { highlighter, added } = recordingHighlighter();
    const reads: { paragraphs: number; report: string }[] = [];
    const annotator = htmlWith({
      positionsForReport: async () => [{ id: 'p29e', paragraphs: [{ key: 'apr3@zero:29e' }] }],
      pageReport: { report: 'apr3', version: 'zero' },
      highlighter,
      onReportRead: (read) => reads.push({ paragraphs: read.paragraphs.length, report: read.report.report }),
    });
    await annotator.annotate();
    const { core } = annotator;
    expect(core.paragraphs.map((paragraph) => paragraph.key)).toEqual(['apr3@zero:29e']);
    expect(reads).toEqual([{ paragraphs: 3, report: 'apr3' }]);
    expect(core.references.map((reference) => reference.key)).toEqual(['apr3:29e']);
    expect(added.map((highlight) => highlight.text)).toContain('para 29 e');
    const targets = core.targets();
    expect(targets.paragraphs.map((target) => [target.label, target.range.toString()])).toEqual([[expect.any(String), '(e)']]);
    expect(core.summary('u', 't').paragraphs).toEqual([{ key: 'apr3@zero:29e', positionIds: ['p29e'], byQuote: false }]);
  });

  it("highlights the viewport's references first, then the rest of a long page, with the report carried over", async () => {
    const filler = '<p>' + 'States met and talked at length about the matters before them. '.repeat(1000) + '</p>';
    document.body.innerHTML = '<p>See para 1 of the 3rd APR.</p>' + filler + '<p>And para 2.</p>';
    const { highlighter, added } = recordingHighlighter();
    const shownFirst: string[][] = [];
    const annotator = createHtmlAnnotator<TestPosition>({
      root: document.body,
      detect,
      lookup: async () => ({}),
      positionsForReport: async () => [],
      pageReport: null,
      highlighter,
      yieldToPage: noYield,
      onViewportShown: () => shownFirst.push(added.map((highlight) => highlight.text)),
    });
    // Nothing but the first paragraph is in view.
    const height = window.innerHeight;
    Object.defineProperty(window, 'innerHeight', { value: -1, configurable: true });
    try {
      await annotator.annotate();
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
    }
    expect(shownFirst).toEqual([['para 1']]);
    expect(annotator.core.references.map((reference) => reference.key)).toEqual(['apr3:1', 'apr3:2']);
  });

  it('reads again only what changed, and keeps the references in document order', async () => {
    document.body.innerHTML = '<p id="a">para 1 of the 3rd APR</p><p id="b">nothing</p><p id="c">para 3 of the 3rd APR</p>';
    const annotator = htmlWith();
    await annotator.annotate();
    const b = document.getElementById('b')!;
    b.textContent = 'para 2 of the 3rd APR';
    await annotator.rescan([b]);
    expect(annotator.core.references.map((reference) => reference.key)).toEqual(['apr3:1', 'apr3:2', 'apr3:3']);
  });
});

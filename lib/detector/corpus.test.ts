/**
 * Precision and recall over the labelled corpus in tests/detector-corpus: UN-statement style
 * sentences in the six UN languages, more than a third of them with no reference at all.
 *
 * A detected reference is a true positive when its surface, paragraph, sub-paragraph, report
 * and version all equal those of an expected one not matched yet. Surfaces follow the span
 * rule of paragraph-list.ts: in "paras 3 and 5" the items are "paras 3" and "5"; in
 * "paragraphs 28–30", "paragraphs 28", "28–30" (for 29) and "30".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReportId } from '../paragraph-key';
import { detect, type Lang } from './index';

interface Expected {
  surface: string;
  para: number | null;
  sub: string | null;
  report: ReportId | 'other' | null;
  version: string | null;
}
interface Sentence {
  text: string;
  lang: Lang;
  report?: ReportId;
  expect: Expected[];
}

const CORPUS_DIR = fileURLToPath(new URL('../../tests/detector-corpus/', import.meta.url));
const corpus: (Sentence & { file: string })[] = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) =>
    readFileSync(join(CORPUS_DIR, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as Sentence), file: name })),
  );

const describeRef = (ref: Expected) => JSON.stringify([ref.surface, ref.para, ref.sub, ref.report, ref.version]);

describe('the labelled corpus', () => {
  it('is large and varied enough to measure by', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(330);
    expect(corpus.filter((sentence) => sentence.expect.length === 0).length).toBeGreaterThanOrEqual(corpus.length / 3);
    for (const lang of ['fr', 'es', 'ru', 'ar', 'zh'] as const) {
      expect(corpus.filter((sentence) => sentence.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
    }
    for (const sentence of corpus) {
      for (const want of sentence.expect) expect(sentence.text, describeRef(want)).toContain(want.surface);
    }
  });

  it('is read with precision ≥ 0.98 and recall ≥ 0.95', () => {
    let truePositives = 0;
    let detected = 0;
    let expected = 0;
    const misses: string[] = [];
    for (const sentence of corpus) {
      const refs = detect(sentence.text, { lang: sentence.lang, report: sentence.report ?? null }).refs;
      detected += refs.length;
      expected += sentence.expect.length;
      const unmatched = [...sentence.expect];
      for (const ref of refs) {
        const at = unmatched.findIndex(
          (want) => want.surface === ref.surface && want.para === ref.para && want.sub === ref.sub && want.report === ref.report && want.version === ref.version,
        );
        if (at >= 0) {
          truePositives++;
          unmatched.splice(at, 1);
        } else misses.push(`${sentence.file}: extra ${describeRef(ref)} in ${JSON.stringify(sentence.text)}`);
      }
      for (const want of unmatched) misses.push(`${sentence.file}: missed ${describeRef(want)} in ${JSON.stringify(sentence.text)}`);
    }
    const precision = truePositives / Math.max(1, detected);
    const recall = truePositives / Math.max(1, expected);
    const negatives = corpus.filter((sentence) => sentence.expect.length === 0).length;
    console.info(
      `detector corpus: ${corpus.length} sentences (${negatives} without a reference), ${expected} references expected, ${detected} found, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    if (misses.length > 0) console.info(misses.slice(0, 40).join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

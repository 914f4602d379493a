/**
 * Precision and recall over the labelled corpus in tests/detector-corpus: sentences in the
 * six UN languages, a third of them with no reference at all. Precision matters more: a
 * wrong highlight costs the reader's trust.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect, type DetectContext } from './index';

interface Expected {
  surface: string;
  para: number | null;
  sub: string | null;
  report: string | null;
  version: string | null;
}
interface Sentence {
  text: string;
  lang: DetectContext['lang'];
  report?: DetectContext['report'];
  expect: Expected[];
}

const CORPUS_DIR = fileURLToPath(new URL('../../tests/detector-corpus/', import.meta.url));
const corpus: (Sentence & { file: string })[] = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) =>
    readFileSync(join(CORPUS_DIR, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ ...(JSON.parse(line) as Sentence), file: name })),
  );

describe('the labelled corpus', () => {
  it('is large and varied enough to measure by', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((sentence) => sentence.expect.length === 0).length).toBeGreaterThanOrEqual(corpus.length / 3);
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh']) expect(corpus.some((sentence) => sentence.lang === lang)).toBe(true);
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
          (want) =>
            want.surface === ref.surface &&
            want.para === ref.para &&
            want.sub === ref.sub &&
            want.report === ref.report &&
            (want.version === null || want.version === ref.version),
        );
        if (at >= 0) {
          truePositives++;
          unmatched.splice(at, 1);
        } else misses.push(`${sentence.file}: extra ${JSON.stringify([ref.surface, ref.para, ref.sub, ref.report])} in "${sentence.text}"`);
      }
      for (const want of unmatched) misses.push(`${sentence.file}: missed ${JSON.stringify([want.surface, want.para, want.sub, want.report])} in "${sentence.text}"`);
    }
    const precision = truePositives / Math.max(1, detected);
    const recall = truePositives / Math.max(1, expected);
    console.info(`detector corpus: ${corpus.length} sentences, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (precision < 0.98 || recall < 0.95) console.info(misses.slice(0, 40).join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

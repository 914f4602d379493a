/**
 * A property of the detector: its time grows linearly with the text, whatever characters the
 * text is made of. For every class of characters the detector treats specially, texts are
 * built at random (fixed seeds) from that class alone and from that class among all the
 * others, at a size and four times that size; the detector's time over a plain scan of the
 * same text, both timed in the same run, must not grow with the size. A quadratic step makes
 * it grow about fourfold.
 */
import { describe, expect, it } from 'vitest';
import { growthAgainstPlainScan } from '../../tests/support/plain-scan';
import { detect } from './index';

const CLASSES: Record<string, readonly string[]> = {
  digits: ['1', '5', '9', '0', '29', '2024', '٣', '۴', '５'],
  letters: ['a', 'e', 'h', 'x', 'i', 'v', 'A', 'B', 'é', 'ж', 'ب', 'bis', 'ter'],
  'soft hyphens': ['\u00ad'],
  'hyphens and dashes': ['-', '–', '—', '‐', '−'],
  brackets: ['(', ')', '（', '）', '[', ']'],
  'paragraph words': [
    'para', 'paras', 'para.', 'paragraph', 'paragraphes', 'par.', 'párrafo', 'párr.', 'apdo.', 'п.', 'пп.', 'пункт', 'пунктах',
    'فقرة', 'الفقرات', 'OP', 'PP', 'sub-paragraph', 'subparagraph', 'подпункт', 'alinéa', 'apartado', 'rule', 'PARA',
  ],
  '§ and ¶': ['§', '¶', '§§'],
  'Chinese marks': ['第', '段', '和', '至', '分段', '条', '报告', '草案', '年度进展'],
  'Arabic and Cyrillic triggers': ['قر', 'ف', 'ت', 'تقرير', 'و', 'من', 'إلى', 'к', 'т', 'ун', 'доклад', 'проект', 'с', 'по', 'и', 'ст.'],
  'report names': ['APR', '3rd', 'report', 'Rev.1', 'zero draft', 'A/79/214', 'A/', 'informe', 'rapport', 'final', 'annual progress', 'of the', 'RAA'],
  punctuation: [',', '.', ';', ':', '/', '،', '、', '"', '’', '&', 'º', '°', 'n°', 'No.', '№'],
  spaces: [' ', '\u00a0', '\n', '\t', '\u3000', '\u2009', '\u202f'],
  'linking words': ['and', 'or', 'et', 'y', 'to', 'through', 'of', 'du', 'del', 'see', 'cf.', 'Option', 'Annex', 'article', 'resolution'],
};
const ALL = Object.values(CLASSES).flat();

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text of at least `size` characters: tokens of `own`, and with `mixed`, a third of the tokens from every class. */
function textOf(own: readonly string[], mixed: boolean, seed: number, size: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const pool = mixed && next() < 0.35 ? ALL : own;
    const token = pool[Math.floor(next() * pool.length)]!;
    parts.push(token);
    length += token.length;
  }
  return parts.join('');
}

const SIZE = 16_000;
/** Linear time gives about 1; a quadratic step about 4. Generous, as timings on a shared machine vary. */
const MAX_GROWTH = 2.5;
const RUNS = 15;

describe('the detector runs in linear time on texts of every character class', () => {
  let seed = 1;
  for (const [name, tokens] of Object.entries(CLASSES)) {
    for (const mixed of [false, true]) {
      const caseSeed = seed++;
      it(`${name}${mixed ? ' among all the others' : ' alone'}`, () => {
        const small = textOf(tokens, mixed, caseSeed, SIZE);
        const large = textOf(tokens, mixed, caseSeed, 4 * SIZE);
        const growth = growthAgainstPlainScan(small, large, (text) => detect(text), RUNS);
        console.info(`detector time over a plain scan, ${name}${mixed ? ' mixed' : ''}: grows ${growth.toFixed(2)}× from ${SIZE} to ${4 * SIZE} characters`);
        expect(growth).toBeLessThan(MAX_GROWTH);
      }, 120_000);
    }
  }
});

/**
 * The detector runs in time linear in the text, whatever the text: hostile inputs built to
 * make a backtracking pattern or a careless loop blow up must each take well under a second.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { MAX_REFERENCES } from './scan';

const MB = 1_000_000;
const cases: [string, string][] = [
  ['100 000 × "para ("', 'para ('.repeat(100_000)],
  ['"paragraphs 1, 1, 1, …" with 100 000 items', `paragraphs ${'1, '.repeat(100_000)}1`],
  ['1 MB without spaces', 'paragraph29e'.repeat(MB / 12)],
  ['1 MB of letters', 'x'.repeat(MB)],
  ['1 MB of digits', '9'.repeat(MB)],
  ['1 MB of Arabic-Indic digits', '٩'.repeat(MB)],
  ['1 MB of "(a) (b) (c)"', '(a) (b) (c) '.repeat(MB / 12)],
  ['1 MB of "(50 c" never closed', '(50 c'.repeat(MB / 5)],
  ['1 MB of "(1 a) or " after "Option"', `Option ${'(1 a) or '.repeat(MB / 9)}`],
  ['1 MB of opening brackets', '('.repeat(MB)],
  ['1 MB of "para "', 'para '.repeat(MB / 5)],
  ['1 MB of "sub-paragraph (a) and "', 'sub-paragraph (a) and '.repeat(MB / 22)],
  ['1 MB of "para 1 (a) and (b) and "', 'para 1 (a) and (b) and '.repeat(MB / 23)],
  ['1 MB of hyphenated line ends', 'para-\n'.repeat(MB / 6)],
  ['1 MB of soft hyphens', 'para\u00ad'.repeat(MB / 5)],
  ['1 MB of report names', 'third annual progress report '.repeat(MB / 29)],
  ['1 MB of "zero draft of the "', 'zero draft of the '.repeat(MB / 18)],
  ['1 MB of "3rd APR (1 a) "', '3rd APR (1 a) '.repeat(MB / 14)],
  ['1 MB of 第', '第1和'.repeat(MB / 3)],
  ['1 MB of 段 after digits, with no 第', '1段'.repeat(MB / 2)],
  ['1 MB of digits, then 第 and 段', `第${'1'.repeat(MB)}段`],
  ['1 MB of symbols', 'A/79/'.repeat(MB / 5)],
  ['1 MB of ranges', 'paras 1-50 '.repeat(MB / 11)],
];

describe('hostile input runs in linear time', () => {
  for (const [name, text] of cases) {
    it(name, () => {
      detect(text.slice(0, 100_000)); // a tenth first: compiles the patterns and warms the code, as earlier pages would
      // The better of two runs: a busy machine or a collection can slow one; a blow-up slows both.
      let elapsed = Infinity;
      let refs: unknown[] = [];
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        refs = detect(text).refs;
        elapsed = Math.min(elapsed, performance.now() - started);
      }
      console.info(`detector, hostile input: ${name}: ${elapsed.toFixed(0)} ms, ${refs.length} references`);
      expect(elapsed).toBeLessThan(1000);
      expect(refs.length).toBeLessThanOrEqual(MAX_REFERENCES);
    });
  }
});

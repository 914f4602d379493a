/**
 * The detector runs in time linear in the text, whatever the text: on hostile inputs built to
 * make a backtracking pattern or a careless loop blow up, it must stay within a bounded
 * multiple of a plain scan of the same text, timed in the same run (a quadratic blow-up on a
 * megabyte costs many thousand times the scan).
 */
import { describe, expect, it } from 'vitest';
import { ratioToPlainScan } from '../../tests/support/plain-scan';
import { detect } from './index';
import { MAX_REFERENCES } from './scan';

/** The most the detector may cost, in plain scans of the same text: the heaviest case today costs a few hundred. */
const MAX_RATIO = 1000;

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
  ['1 MB of soft hyphens alone', '\u00ad'.repeat(MB)],
  ['1 MB of soft hyphens after a letter', `p${'\u00ad'.repeat(MB)}`],
  ['1 MB of soft hyphens and hyphens', '\u00ad-'.repeat(MB / 2)],
  ['1 MB of soft hyphens, hyphens and line ends', 'pa\u00ad-\u00ad\u00ad-\n'.repeat(MB / 8)],
  ['1 MB of a paragraph word split by soft hyphens', `pa${'\u00ad'.repeat(MB / 2)}ra${'\u00ad'.repeat(MB / 2)}graph 5`],
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
      let refs: unknown[] = [];
      // The better of two runs: a busy machine or a collection can slow one; a blow-up slows both.
      const ratio = ratioToPlainScan(text, () => (refs = detect(text).refs), 2);
      console.info(`detector, hostile input: ${name}: ${ratio.toFixed(0)}× a plain scan, ${refs.length} references`);
      expect(ratio).toBeLessThan(MAX_RATIO);
      expect(refs.length).toBeLessThanOrEqual(MAX_REFERENCES);
    });
  }
});

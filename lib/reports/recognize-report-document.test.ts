import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createAnnotatorCore } from '../annotator/annotator-core';
import { detect } from '../detector';
import { PageSummarySchema } from '../page/page-summary';
import { recognizeReportDocument } from './recognize-report-document';

describe('a report document recognised with its version reading', () => {
  const headings = ['A/AC.292/2024/CRP.1', 'Draft third annual progress report'];

  it('reads the report, the version its first page says, and its symbol', () => {
    expect(recognizeReportDocument(headings, 'A/AC.292/2024/CRP.1 Draft third annual progress report', detect)).toEqual({
      report: 'apr3',
      version: 'zero',
      reading: { version: 'zero', fromWords: 'zero', fromSymbol: 'adopted', conflict: true },
      symbol: 'A/AC.292/2024/CRP.1',
    });
  });

  it('leaves the reading out of the summary the background checks', () => {
    const core = createAnnotatorCore({
      detect,
      lookup: async () => ({}),
      positionsForReport: async () => [],
      highlighter: { native: true, add: () => undefined, delete: () => undefined, set: () => undefined, clear: () => undefined },
      yieldToPage: () => Promise.resolve(),
    });
    core.pageReport = recognizeReportDocument(headings, headings.join(' '), detect);
    const summary = core.summary('https://docs.un.org/x.pdf', 'x');
    expect(v.safeParse(PageSummarySchema, summary).success).toBe(true);
    expect(summary.pageReport).toEqual({ report: 'apr3', version: 'zero' });
  });
});

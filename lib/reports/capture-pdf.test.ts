/**
 * A report PDF made at test time in UN layout (running header and footer, footnotes with
 * superscript markers, a word hyphenated across lines, numbers and letters drawn apart,
 * paragraphs across page breaks), read by pdf.js and the reader's extraction, captured
 * whole; and its version read from its first page, not from its symbol.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { detect } from '../detector';
import { findNumberedParagraphs } from '../page/report-paragraphs';
import { BLOCK_SEPARATOR } from '../page/text-index';
import { readDocumentText } from '../pdf/read-text';
import { crpDraftPdf, zeroDraftBlocks, zeroDraftPdf, type Piece } from '../../tests/support/pdf-fixtures';
import { reportTextOf } from './capture';
import { recognizeReportDocument } from './recognize-report-document';

/** The words a block's pieces print, as a reader reads them: markers left out, "para-" + "graph" joined. */
function printed(pieces: Piece[]): string {
  let text = '';
  for (const piece of pieces) {
    if ('sup' in piece || 'br' in piece) continue;
    const word = 'run' in piece ? piece.run : piece.text;
    text += text.endsWith('-') ? word : `${text ? ' ' : ''}${word}`;
  }
  return text.replace(/para-graph/, 'paragraph');
}

function expectedStructure() {
  const { blocks } = zeroDraftBlocks();
  const expected: { para: number; sub: string | null; heading: string | null; text: string; leadIn: string | null }[] = [];
  let lead = '';
  let para = 0;
  for (const block of blocks) {
    if (!block.label) continue;
    const text = printed(block.pieces);
    const sub = /^\(([a-z])\)$/.exec(block.label)?.[1] ?? null;
    if (sub === null) {
      para = Number.parseInt(block.label, 10);
      lead = text;
    }
    expected.push({ para, sub, heading: 'A. Overview', text, leadIn: sub === null ? null : lead });
  }
  return expected;
}

async function read(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  const { text, firstPage } = await readDocumentText(pdf);
  const metadata = (await pdf.getMetadata()).info as { Title?: string };
  const headings = [metadata.Title ?? '', ...text.text.split(BLOCK_SEPARATOR).slice(0, 3)];
  const pageReport = recognizeReportDocument(headings, firstPage, detect);
  await pdf.destroy();
  return { text, pageReport };
}

describe('capturing a report from its PDF', () => {
  it('reads every paragraph and sub-paragraph with its heading and lead-in, footnotes and margins left out', async () => {
    const { text, pageReport } = await read(await zeroDraftPdf());
    expect(pageReport).toMatchObject({ report: 'apr3', version: 'zero', symbol: 'A/AC.292/2024/CRP.1' });
    const paragraphs = findNumberedParagraphs(text.text, { footnotes: text.footnotes });
    const captured = reportTextOf({ paragraphs, pageReport: pageReport!, lang: 'en', symbol: 'A/AC.292/2024/CRP.1', sourceUrl: 'https://docs.un.org/en/A/AC.292/2024/CRP.1', format: 'pdf' });
    expect(captured!.paragraphs).toEqual(expectedStructure());
    expect(captured!.paragraphs).toHaveLength(57);
  });

  it('reads a draft circulated under the symbol of its report as the draft its first page says, and says they disagree', async () => {
    const { pageReport } = await read(await crpDraftPdf());
    expect(pageReport).toMatchObject({
      report: 'apr3',
      version: 'zero',
      reading: { fromWords: 'zero', fromSymbol: 'adopted', conflict: true },
    });
  });
});

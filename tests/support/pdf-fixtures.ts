/**
 * PDF fixtures written at test time with pdf-lib (no committed binaries), laid out the way
 * UN documents are: running headers with the document symbol, page numbers and job numbers
 * in the footer, footnotes with superscript markers, words hyphenated across lines, and
 * numbers and letters drawn as separate text runs.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';

/** Served by the fixture server as /pdf/…; ignored by git. */
export const PDF_FIXTURE_DIR = fileURLToPath(new URL('../pages/pdf/', import.meta.url));

export const PDF_FIXTURES = {
  draft: 'zero-draft-apr3.pdf',
  /** The same draft as circulated: its symbol as its title, "Draft … report" on its first page. */
  crpDraft: 'crp-draft-apr3.pdf',
  statement: 'statement-apr3.pdf',
  long: 'long-150-pages.pdf',
  corrupt: 'corrupt.pdf',
  notPdf: 'not-a-pdf.pdf',
  password: 'password-protected.pdf',
} as const;

/**
 * pdf-lib cannot encrypt, so the protected fixture is a file: the statement PDF encrypted once
 * with Debian's qpdf (`qpdf --encrypt reader-secret owner-secret 256 -- in.pdf out.pdf`).
 */
const PASSWORD_PROTECTED = fileURLToPath(new URL('../fixtures/password-protected.pdf', import.meta.url));

const PAGE = { width: 595, height: 842 };
const MARGIN = { left: 72, right: 72, top: 96, bottom: 110 };
const BODY_SIZE = 11;
const LEADING = 15;

/**
 * A paragraph is a list of pieces drawn left to right: words, or runs that must be their
 * own drawText call ("29", "(e)"), superscript footnote markers, and forced line breaks.
 */
export type Piece = { text: string } | { run: string } | { sup: string } | { br: true };

export interface Block {
  label?: string;
  /** Indent of the label and text: sub-paragraphs sit further in. */
  indent?: number;
  pieces: Piece[];
  size?: number;
  bold?: boolean;
  gapBefore?: number;
  /** Starts on a new page. */
  pageBreak?: boolean;
}

interface LayoutOptions {
  symbol: string;
  jobNumber: string;
  runningHeader: string | null;
  title: string;
}

const words = (text: string): Piece[] => text.split(/\s+/).filter(Boolean).map((word) => ({ text: word }));

/** Lays blocks out on pages, with headers, footers and each page's footnotes. */
async function layout(blocks: Block[], footnotes: Map<string, string>, options: LayoutOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setProducer('APR Lens test fixtures');
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  let page!: PDFPage;
  let y = 0;
  let pageFootnotes: string[] = [];

  const finishPage = () => {
    let footY = MARGIN.bottom - 30;
    if (pageFootnotes.length > 0) {
      page.drawLine({ start: { x: MARGIN.left, y: footY + 14 }, end: { x: MARGIN.left + 120, y: footY + 14 }, thickness: 0.5 });
      for (const marker of pageFootnotes) {
        page.drawText(marker, { x: MARGIN.left, y: footY + 3, size: 6, font: regular });
        page.drawText(footnotes.get(marker) ?? '', { x: MARGIN.left + 8, y: footY, size: 9, font: regular });
        footY -= 11;
      }
    }
    pageFootnotes = [];
  };
  const newPage = () => {
    if (page) finishPage();
    page = pdf.addPage([PAGE.width, PAGE.height]);
    const number = pdf.getPageCount();
    // Running header: the symbol, and on later pages a repeated title line.
    page.drawText(options.symbol, { x: MARGIN.left, y: PAGE.height - 50, size: 9, font: bold });
    if (options.runningHeader && number > 1) {
      const width = regular.widthOfTextAtSize(options.runningHeader, 9);
      page.drawText(options.runningHeader, { x: PAGE.width - MARGIN.right - width, y: PAGE.height - 50, size: 9, font: regular });
    }
    // Footer: job number and the page number, as "n/N" is filled in at the end.
    page.drawText(options.jobNumber, { x: MARGIN.left, y: 40, size: 8, font: regular });
    y = PAGE.height - MARGIN.top;
  };
  newPage();

  for (const block of blocks) {
    const size = block.size ?? BODY_SIZE;
    const font = block.bold ? bold : regular;
    const lineHeight = size === BODY_SIZE ? LEADING : size * 1.35;
    y -= block.gapBefore ?? 6;
    if (y < MARGIN.bottom + lineHeight || block.pageBreak) newPage();
    const indent = block.indent ?? 0;
    const textX = MARGIN.left + indent + (block.label ? 28 : 0);
    const maxX = PAGE.width - MARGIN.right;
    let x = textX;
    let lineStarted = false;
    if (block.label) page.drawText(block.label, { x: MARGIN.left + indent, y, size, font });
    const breakLine = () => {
      y -= lineHeight;
      if (y < MARGIN.bottom) newPage();
      x = textX;
      lineStarted = false;
    };
    for (const piece of block.pieces) {
      if ('br' in piece) {
        breakLine();
        continue;
      }
      if ('sup' in piece) {
        // A footnote marker: smaller and raised, right after the word before it.
        page.drawText(piece.sup, { x, y: y + size * 0.4, size: size * 0.6, font });
        x += font.widthOfTextAtSize(piece.sup, size * 0.6);
        if (!pageFootnotes.includes(piece.sup)) pageFootnotes.push(piece.sup);
        continue;
      }
      const text = 'run' in piece ? piece.run : piece.text;
      const width = font.widthOfTextAtSize(text, size);
      const space = lineStarted ? font.widthOfTextAtSize(' ', size) : 0;
      if (lineStarted && x + space + width > maxX) breakLine();
      else x += space;
      page.drawText(text, { x, y, size, font });
      x += width;
      lineStarted = true;
    }
    y -= lineHeight;
  }
  finishPage();
  const count = pdf.getPageCount();
  pdf.getPages().forEach((each, index) => {
    const label = `${index + 1}/${count}`;
    each.drawText(label, { x: PAGE.width - MARGIN.right - regular.widthOfTextAtSize(label, 9), y: 40, size: 9, font: regular });
  });
  return pdf.save();
}

function paragraph(label: string, text: string | Piece[], indent = 0): Block {
  return { label, indent, pieces: typeof text === 'string' ? words(text) : text };
}

function filler(n: number): string {
  const topics = [
    'States noted the importance of continuing to build a common understanding of existing and potential threats in the sphere of ICT security',
    'States recalled the importance of international cooperation and assistance in strengthening the capacities of all States',
    'States emphasized that confidence-building measures contribute to preventing conflicts and to avoiding misperception',
    'States reiterated the value of regular institutional dialogue under the auspices of the United Nations',
  ];
  return `${topics[n % topics.length]}, as discussed at the session (item ${n}).`;
}

/** Fixture (1): the zero draft of the 3rd APR, as a report with numbered paragraphs. */
export function zeroDraftBlocks(): { blocks: Block[]; footnotes: Map<string, string> } {
  const blocks: Block[] = [
    { pieces: words('Zero Draft of the 3rd APR'), size: 16, bold: true, gapBefore: 0 },
    { pieces: words('Open-ended working group on security of and in the use of information and communications technologies 2021–2025'), size: 12, bold: true },
    { pieces: words('Draft third annual progress report'), size: 12 },
    { pieces: words('A. Overview'), bold: true, gapBefore: 12 },
  ];
  const footnotes = new Map([
    ['1', 'See A/79/214, para 3, and the report of the Group of Governmental Experts (A/76/135).'],
    ['2', 'Working paper submitted by a group of States at the seventh session.'],
  ]);
  for (let n = 1; n <= 52; n++) {
    if (n === 3) {
      blocks.push(paragraph('3.', 'States reaffirmed the consensus reports of the OEWG and of the Groups of Governmental Experts, and the agreed normative framework for responsible State behaviour in the use of ICTs.'));
    } else if (n === 5) {
      blocks.push(paragraph('5.', 'States reaffirmed that it was fundamental for all States to observe and actively implement the framework for responsible state behaviour in the use of ICTs.'));
    } else if (n === 12) {
      // A superscript footnote marker right after a paragraph number: "paragraph 47" then "1".
      blocks.push(
        paragraph('12.', [
          ...words('States welcomed the proposals made under paragraph'),
          { run: '47' },
          { sup: '1' },
          ...words('and recalled the confidence-building measures'),
          { sup: '2' },
          ...words('agreed by consensus in earlier reports.'),
        ]),
      );
    } else if (n === 29) {
      blocks.push(paragraph('29.', 'States proposed the following measures to further implement the norms:'));
      blocks.push(paragraph('(a)', 'Sharing national views and practices on the implementation of the norms.', 28));
      blocks.push(paragraph('(b)', 'Developing guidance and checklists on the implementation of the norms.', 28));
      blocks.push(paragraph('(e)', 'States underlined the importance of the protection of Critical Infrastructure, and noted that ICT activity that damages critical infrastructure could be escalatory.', 28));
    } else if (n === 31) {
      // "para-" / "graph 29 (e)": a reference hyphenated across the line break, its number and letter separate runs.
      blocks.push(
        paragraph('31.', [
          ...words('States further stressed that the measures in'),
          { text: 'para-' },
          { br: true },
          { text: 'graph' },
          { run: '29' },
          { run: '(e)' },
          ...words('should be implemented in good faith and in accordance with international law.'),
        ]),
      );
    } else if (n === 50) {
      blocks.push(paragraph('50.', 'States proposed the following to advance the capacity-building objectives of the OEWG:'));
      blocks.push(paragraph('(c)', 'Develop a Global ICT Security Cooperation and Capacity-Building Portal, which would be State driven and serve as a tool for States.', 28));
      blocks.push(paragraph('(h)', 'Support the development of capacity of States to participate effectively in the elaboration of international ICT security policy.', 28));
    } else {
      blocks.push(paragraph(`${n}.`, filler(n)));
    }
  }
  return { blocks, footnotes };
}

export function zeroDraftPdf(): Promise<Uint8Array> {
  const { blocks, footnotes } = zeroDraftBlocks();
  return layout(blocks, footnotes, {
    symbol: 'A/AC.292/2024/CRP.1',
    jobNumber: '24-12345 (E)',
    runningHeader: 'Open-ended working group on ICT security',
    title: 'Zero Draft of the 3rd APR',
  });
}

export function crpDraftPdf(): Promise<Uint8Array> {
  const { blocks, footnotes } = zeroDraftBlocks();
  blocks[0] = { pieces: words('Draft third annual progress report'), size: 16, bold: true, gapBefore: 0 };
  blocks[2] = { pieces: words('Eighth substantive session'), size: 12 };
  return layout(blocks, footnotes, { symbol: 'A/AC.292/2024/CRP.1', jobNumber: '24-12345 (E)', runningHeader: 'Open-ended working group on ICT security', title: 'A/AC.292/2024/CRP.1' });
}

/** A report of `pages` pages or so (our own filler text in UN layout), for the capture benchmark. */
export function longReportPdf(pages = 40): Promise<Uint8Array> {
  const blocks: Block[] = [
    { pieces: words('Draft fourth lantern report'), size: 16, bold: true, gapBefore: 0 },
    { pieces: words('A. Overview'), bold: true, gapBefore: 12 },
  ];
  // About eight paragraphs fill a page; every fifth has sub-paragraphs.
  for (let n = 1; n <= Math.round(pages * 7.7); n++) {
    if (n % 5 === 0) {
      blocks.push(paragraph(`${n}.`, `${filler(n)} The Group proposed:`));
      for (const letter of 'abc') blocks.push(paragraph(`(${letter})`, filler(n + letter.charCodeAt(0)), 28));
    } else blocks.push(paragraph(`${n}.`, `${filler(n)} ${filler(n + 1)}`));
  }
  return layout(blocks, new Map(), { symbol: 'A/AC.999/2030/CRP.1', jobNumber: '30-00001 (E)', runningHeader: 'Lantern working group', title: 'Draft fourth lantern report' });
}

/** Fixture (2): a statement that cites paragraphs of the 3rd APR. */
export function statementPdf(): Promise<Uint8Array> {
  const blocks: Block[] = [
    { pieces: words('Statement by the delegation of Examplestan'), size: 14, bold: true, gapBefore: 0 },
    { pieces: words('Eighth substantive session, agenda item 5'), size: 12 },
    {
      pieces: [
        ...words('Chair, my delegation welcomes the 3rd APR and in particular its recommendation on a global portal'),
        { run: '(50' },
        { run: 'c)' },
        ...words('and the work on critical infrastructure.'),
      ],
      gapBefore: 12,
    },
    {
      pieces: [
        ...words('We fully support para'),
        { run: '29' },
        { run: 'e' },
        ...words('of the 3rd APR on the protection of critical infrastructure, and we recall article 29 of our constitution.'),
      ],
    },
    { pieces: words('Finally, we look forward to the discussions on paragraphs 3 and 5 of the third annual progress report.') },
  ];
  for (let n = 0; n < 40; n++) blocks.push({ pieces: words(filler(n)) });
  return layout(blocks, new Map(), { symbol: 'Check against delivery', jobNumber: '', runningHeader: null, title: 'Statement on the 3rd APR' });
}

/** Fixture (3): a 150-page document with a few references spread across it. */
export function longPdf(pages = 150): Promise<Uint8Array> {
  const blocks: Block[] = [{ pieces: words('Compendium of statements on the 3rd APR'), size: 16, bold: true, gapBefore: 0 }];
  // Twelve paragraphs a page, each page begun afresh: exactly `pages` pages.
  for (let n = 1; n <= pages * 12; n++) {
    const cite = n % 60 === 0 ? [...words('Delegations referred to para'), { run: '29' }, { run: 'e' }, ...words('of the 3rd APR and to'), { run: '(50' }, { run: 'c)' }, { text: '.' }] : [];
    blocks.push({ pieces: [...words(filler(n)), ...cite], pageBreak: n > 1 && n % 12 === 1 });
  }
  return layout(blocks, new Map(), { symbol: 'A/AC.292/2025/INF.9', jobNumber: '25-07777 (E)', runningHeader: 'Compendium', title: 'Compendium of statements on the 3rd APR' });
}

/** Fixture (4): a PDF cut off mid-file and filled with garbage, and an HTML page saved as .pdf. */
export function corruptPdf(): Uint8Array {
  const garbage = new Uint8Array(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
  return new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'), ...garbage]);
}

export const NOT_A_PDF = '<!doctype html><html><head><title>Sign in</title></head><body><p>Please sign in to continue.</p></body></html>';

/** Writes every fixture into `dir` (tests/pages/pdf by default); returns the directory. */
export async function writePdfFixtures(dir = PDF_FIXTURE_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  await Promise.all([
    zeroDraftPdf().then((bytes) => writeFile(join(dir, PDF_FIXTURES.draft), bytes)),
    crpDraftPdf().then((bytes) => writeFile(join(dir, PDF_FIXTURES.crpDraft), bytes)),
    statementPdf().then((bytes) => writeFile(join(dir, PDF_FIXTURES.statement), bytes)),
    longPdf().then((bytes) => writeFile(join(dir, PDF_FIXTURES.long), bytes)),
    writeFile(join(dir, PDF_FIXTURES.corrupt), corruptPdf()),
    writeFile(join(dir, PDF_FIXTURES.notPdf), NOT_A_PDF),
    copyFile(PASSWORD_PROTECTED, join(dir, PDF_FIXTURES.password)),
  ]);
  return dir;
}

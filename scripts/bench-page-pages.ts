/**
 * The pages the page bench loads: a page with no reference, pages with a known number of
 * references, and realistic prose of 100 KB to 5 MB. Every contender (the floor, mark.js,
 * APR Lens) reads the same files.
 */
import { realisticProse } from './bench-text';

/**
 * The floor's and mark.js's one regular expression: it matches exactly the references the
 * generated pages plant ("para 29", "paragraph 12 (c)", "para 7 e"), and most on prose pages.
 */
export const REFERENCE_PATTERN = /\bpara(?:graph)? \d{1,3}(?: \(?[a-h]\)?)?/g;

/** Sentences with no reference and no word the detector starts from: the filler of every generated page. */
const FILLER = [
  'Delegations welcomed the constructive spirit of the discussions and the broad support for further work.',
  'Several States underlined that capacity-building should be demand-driven, gender-sensitive and sustainable.',
  'Member States stressed the value of regular institutional dialogue under the auspices of the United Nations.',
  'Some delegations called for more concrete steps on confidence-building measures among national points of contact.',
  'Others noted that existing international law applies to the conduct of States in their use of these technologies.',
  'The Chair thanked participants for their engagement and encouraged further written submissions before the session.',
];

/** A generated page's references in a few written forms, all to the report the page's heading names. */
function referenceText(index: number): string {
  const para = 1 + (index % 80);
  const letter = 'abcdefgh'[index % 8]!;
  switch (index % 3) {
    case 0:
      return `para ${para}`;
    case 1:
      return `paragraph ${para} (${letter})`;
    default:
      return `para ${para} ${letter}`;
  }
}

/** Opens each paragraph of a page with references: the report they belong to is named in their own block. */
const PARAGRAPH_OPENING = 'On the Zero Draft of the 3rd APR:';

/**
 * About `bytes` characters of filler with `references` references spread evenly through it,
 * one paragraph per line. References sit mid-sentence ("as set out in para 29 e, States …").
 */
export function generatedText(bytes: number, references: number): string {
  const lines: string[] = [];
  let line: string[] = [];
  let length = 0;
  let planted = 0;
  for (let sentence = 0; length < bytes || planted < references; sentence++) {
    const due = references > 0 && planted < references && ((planted + 1) * bytes) / references <= length + 120;
    const filler = FILLER[sentence % FILLER.length]!;
    const text = due ? `As set out in ${referenceText(planted++)}, ${filler[0]!.toLowerCase()}${filler.slice(1)}` : filler;
    if (line.length === 0 && references > 0) {
      line.push(PARAGRAPH_OPENING);
      length += PARAGRAPH_OPENING.length + 1;
    }
    line.push(text);
    length += text.length + 1;
    if (line.length >= 4) {
      lines.push(line.join(' '));
      line = [];
    }
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines.join('\n');
}

/**
 * How the floor's highlights look (as APR Lens's references with positions): in every page from
 * the start, since a style sheet added later costs the floor a new style pass over the page.
 */
const FLOOR_STYLE = '<style>::highlight(bench-floor) { background-color: rgb(255 196 0 / 0.38); }</style>';

/**
 * The page lays itself out before DOMContentLoaded, where every contender's time starts: the
 * first layout of a 5 MB page takes longer than any contender, and would otherwise fall in
 * whichever of them comes first.
 */
const LAID_OUT = '<script>document.body.offsetHeight</script>';

/** A UN-style page: a heading that names the report, then the text's lines as paragraphs. */
export function benchPageHtml(text: string, heading = 'Statements on the Zero Draft of the 3rd APR'): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [`<h1>${escape(heading)}</h1>`, ...text.split('\n').filter(Boolean).map((line) => `<p>${escape(line)}</p>`)];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title>${FLOOR_STYLE}</head><body>${body.join('\n')}${LAID_OUT}</body></html>`;
}

export interface BenchPage {
  /** What the page is, as the tables name it. */
  label: string;
  file: string;
  html: string;
  /** References planted in it, or null for prose, whose count is what each contender finds. */
  planted: number | null;
}

export const NO_REFERENCE_LABEL = 'no reference, 100 KB';

/** "100 KB", "1.3 MB": a page's size as the tables give it. */
export function sizeLabel(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.round(bytes / 1000)} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function benchPages(): BenchPage[] {
  const generated = (references: number, bytes: number, heading?: string): BenchPage => {
    const html = benchPageHtml(generatedText(bytes, references), heading);
    const count = references >= 1000 ? `${references / 1000}k` : String(references);
    return {
      label: references === 0 ? NO_REFERENCE_LABEL : `${count} references, ${sizeLabel(html.length)}`,
      file: `generated-${references}-${bytes}.html`,
      html,
      planted: references,
    };
  };
  const prose = (label: string, bytes: number): BenchPage => ({
    label,
    file: `prose-${bytes}.html`,
    html: benchPageHtml(realisticProse(bytes)),
    planted: null,
  });
  return [
    generated(0, 100_000, 'Statements at the session'),
    generated(100, 100_000),
    generated(1_000, 1_000_000),
    generated(10_000, 1_000_000),
    generated(50_000, 5_000_000),
    prose('prose 100 KB', 100_000),
    prose('prose 1 MB', 1_000_000),
    prose('prose 5 MB', 5_000_000),
  ];
}

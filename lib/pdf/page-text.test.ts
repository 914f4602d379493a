import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../page/text-index';
import { createDocumentText } from './document-text';
import { createPageReader, samplePageNumbers, type PageItems } from './extract';
import { findRunningLines, isMarginPattern, marginItems } from './margins';
import { buildPageText, type PageText } from './page-text';
import { readLines, type PdfTextItem } from './text-lines';

/** A pdf.js-like text item: `str` drawn at (x, y) in a font of `size`, about half an em per character. */
function item(str: string, x: number, y: number, size = 11, hasEOL = false): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL };
}

/** Items for words on one line, each its own run with a " " run between, as pdf.js gives them. */
function words(text: string, x: number, y: number, size = 11): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const word of text.split(' ')) {
    if (items.length > 0) {
      items.push(item(' ', x, y, size));
      x += size * 0.5;
    }
    items.push(item(word, x, y, size));
    x += word.length * size * 0.5;
  }
  return items;
}

function pageText(items: PdfTextItem[], dropped = new Set<number>()): PageText {
  return buildPageText(readLines(items), dropped);
}

/** What each run contributes, read back from the items: the map must give back the text exactly. */
function mappedBack(page: PageText, items: PdfTextItem[]): string[] {
  return page.runs.map((run) => {
    expect(page.text.slice(run.start, run.start + run.length)).toBe(items[run.item]!.str.slice(0, run.length));
    return page.text.slice(run.start, run.start + run.length);
  });
}

describe('joining text runs', () => {
  it('joins runs on one line, with a space where the runs leave a gap and none where they touch', () => {
    const items = [item('paragraph', 72, 700), item('29', 72 + 9 * 5.5 + 3, 700), item('(e)', 72 + 11 * 5.5 + 3, 700), item(',', 72 + 14 * 5.5 + 3, 700)];
    const page = pageText(items);
    expect(page.text).toBe('paragraph 29(e),');
    expect(mappedBack(page, items)).toEqual(['paragraph', '29', '(e)', ',']);
  });

  it('puts lines of one paragraph together with a space, and paragraphs apart', () => {
    const items = [...words('29. States proposed the', 72, 700), item('', 72, 685, 11, true), ...words('following measures:', 72, 685), ...words('30. Next paragraph', 72, 660)];
    expect(pageText(items).text).toBe(`29. States proposed the following measures:${BLOCK_SEPARATOR}30. Next paragraph`);
  });

  it('starts a new block at a numbered paragraph or a lettered sub-paragraph even without a wider gap', () => {
    const items = [...words('29. States proposed:', 72, 700), ...words('(e) Protect critical infrastructure.', 100, 685), ...words('30. Next', 72, 670)];
    const text = pageText(items).text;
    expect(text.split(BLOCK_SEPARATOR)).toEqual(['29. States proposed:', '(e) Protect critical infrastructure.', '30. Next']);
  });
});

describe('dehyphenation', () => {
  const items = [...words('the measures in para-', 72, 700), ...words('graph 29 (e) should', 72, 685)];

  it('joins a word broken by a line-end hyphen, and maps every character back to its run', () => {
    const page = pageText(items);
    expect(page.text).toBe('the measures in paragraph 29 (e) should');
    const para = page.runs.find((run) => items[run.item]!.str === 'para-')!;
    expect(para.length).toBe(4);
    const graph = page.runs.find((run) => items[run.item]!.str === 'graph')!;
    expect(graph.start).toBe(para.start + 4);
    mappedBack(page, items);
  });

  it('keeps the hyphen of a range or before a capital', () => {
    expect(pageText([...words('paragraphs 28-', 72, 700), ...words('30 of the', 72, 685)]).text).toBe('paragraphs 28-30 of the');
    expect(pageText([...words('Non-', 72, 700), ...words('State actors', 72, 685)]).text).toBe('Non-State actors');
  });

  it('takes a hyphen drawn as a run of its own back out', () => {
    const split = [item('para', 72, 700), item('-', 94, 700), item('graph', 72, 685), item(' ', 99.5, 685), item('5', 105, 685)];
    const page = pageText(split);
    expect(page.text).toBe('paragraph 5');
    expect(page.runs.map((run) => split[run.item]!.str)).toEqual(['para', 'graph', ' ', '5']);
  });
});

describe('footnote markers', () => {
  it('leaves out superscript digits and keeps the words apart', () => {
    const items = [...words('under paragraph 47', 72, 700), item('1', 72 + 18 * 5.5, 704.4, 6.6), ...words('and the measures', 72 + 19 * 5.5 + 2, 700), item('12', 263, 704.4, 6.6)];
    const page = pageText(items);
    expect(page.text).toBe('under paragraph 47 and the measures');
    expect(page.runs.some((run) => items[run.item]!.str === '1')).toBe(false);
  });

  it('keeps superscript letters ("8th")', () => {
    const items = [item('8', 72, 700), item('th', 77.5, 704, 6.6), item(' session', 84, 700)];
    expect(pageText(items).text).toBe('8th session');
  });

  it('makes each footnote its own block, without its marker', () => {
    const items = [item('1', 72, 83, 6), ...words('See A/79/214, para 3.', 80, 80, 9), item('2', 72, 72, 6), ...words('Working paper.', 80, 69, 9)];
    expect(pageText(items).text.split(BLOCK_SEPARATOR)).toEqual(['See A/79/214, para 3.', 'Working paper.']);
  });

  it('says where the footnotes start, for a report read without them', () => {
    const items = [...words('29. States met.', 72, 700), item('1', 72, 83, 6), ...words('See A/79/214.', 80, 80, 9), ...words('Working paper.', 80, 60, 9)];
    const page = pageText(items);
    expect(page.text.split(BLOCK_SEPARATOR)).toEqual(['29. States met.', 'See A/79/214.', 'Working paper.']);
    expect(page.footnotes.map((offset) => page.text.slice(offset, offset + 4))).toEqual(['See ', 'Work']);
  });
});

describe('running headers and footers', () => {
  const WIDTH = 595;
  const HEIGHT = 842;
  function draftPage(n: number, body: string): PageItems {
    return {
      width: WIDTH,
      height: HEIGHT,
      items: [
        item('A/AC.292/2024/CRP.1', 72, 792, 9),
        item(' ', 158, 792, 9),
        item('Open-ended working group on ICT security', 365, 792, 9),
        item('24-12345 (E)', 72, 40, 8),
        ...words(body, 72, 700),
        item(`${n}/12`, 500, 40, 9),
      ],
    };
  }
  const pages = Array.from({ length: 6 }, (_, i) => draftPage(i + 1, `${i + 10}. States agreed on item ${i}.`));

  it('recognises page numbers, document symbols and job numbers', () => {
    for (const text of ['3', '- 3 -', '3/12', 'Page 4 of 20', 'A/AC.292/2024/CRP.1', 'A/79/214', '24-12345 (E)', '24-12345 (E)  170724', '*2412345*']) {
      expect(isMarginPattern(text), text).toBe(true);
    }
    for (const text of ['29. States agreed', 'para 29 e', '(e)', 'A. Overview']) expect(isMarginPattern(text), text).toBe(false);
  });

  it('drops lines repeated in the margins of most pages, and keeps the body', () => {
    const read = createPageReader(pages);
    const texts = pages.map((page) => read(page).text);
    expect(texts[0]).toBe('10. States agreed on item 0.');
    expect(texts[5]).toBe('15. States agreed on item 5.');
  });

  it('finds repeated margin lines by shape, whatever their numbers', () => {
    const running = findRunningLines(pages.map((page) => ({ lines: readLines(page.items), width: WIDTH, height: HEIGHT })));
    expect([...running]).toContain('top:open-ended working group on ict security');
  });

  it('keeps a margin line that appears on one page only and is no pattern', () => {
    const page = { ...draftPage(1, '1. Body.'), items: [...draftPage(1, '1. Body.').items, item('Distr.: General', 72, 810, 9)] };
    const running = findRunningLines(pages.map((each) => ({ lines: readLines(each.items), width: WIDTH, height: HEIGHT })));
    const dropped = marginItems({ lines: readLines(page.items), width: WIDTH, height: HEIGHT }, running);
    expect(buildPageText(readLines(page.items), dropped).text).toContain('Distr.: General');
  });

  it('samples the first pages and some spread over a long document', () => {
    expect(samplePageNumbers(5)).toEqual([0, 1, 2, 3, 4]);
    const sample = samplePageNumbers(150);
    expect(sample).toHaveLength(10);
    expect(sample.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(sample.at(-1)).toBeGreaterThan(120);
  });
});

describe('document text', () => {
  it('joins pages as blocks and finds the page of an offset', () => {
    const doc = createDocumentText();
    doc.addPage({ text: 'first', runs: [{ item: 0, start: 0, length: 5 }], footnotes: [] });
    doc.addPage({ text: 'second page', runs: [{ item: 0, start: 0, length: 6 }, { item: 2, start: 7, length: 4 }], footnotes: [7] });
    expect(doc.text).toBe(`first${BLOCK_SEPARATOR}second page`);
    expect(doc.pageStart(1)).toBe(6);
    expect(doc.pageAt(3)).toBe(0);
    expect(doc.pageAt(8)).toBe(1);
    const index = doc.pageIndex(1, (item) => ({ data: item === 0 ? 'second ' : 'page' }) as Text);
    expect(index.starts).toEqual([0, 7]);
    expect([...doc.footnotes]).toEqual([13]);
  });
});

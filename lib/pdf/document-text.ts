/**
 * The text of a whole PDF, filled in page by page as pdf.js extracts it: pages joined by
 * block separators, each page's runs kept with their offsets so that any span of the text
 * maps back to the text-layer spans of its pages once they are rendered.
 */
import { BLOCK_SEPARATOR, type TextIndex } from '../page/text-index';
import type { PageText } from './page-text';

export interface DocumentText {
  readonly text: string;
  /** Where the footnotes' blocks start in the text: left out of a report's paragraphs. */
  readonly footnotes: ReadonlySet<number>;
  /** Pages read so far, from the first, without gaps. */
  readonly pageCount: number;
  addPage(page: PageText): void;
  /** Where page `index` (0-based) starts in the text. */
  pageStart(index: number): number;
  pageText(index: number): PageText;
  /** The page an offset falls on. */
  pageAt(offset: number): number;
  /**
   * The lib/page TextIndex of one rendered page (its offsets relative to the page's start),
   * given the text nodes of its text-layer spans by item index.
   */
  pageIndex(index: number, nodeOf: (item: number) => Text | null): TextIndex;
}

export function createDocumentText(): DocumentText {
  const pages: PageText[] = [];
  const starts: number[] = [];
  const footnotes = new Set<number>();
  let text = '';
  return {
    get text() {
      return text;
    },
    footnotes,
    get pageCount() {
      return pages.length;
    },
    addPage(page) {
      if (pages.length > 0) text += BLOCK_SEPARATOR;
      starts.push(text.length);
      pages.push(page);
      for (const offset of page.footnotes) footnotes.add(text.length + offset);
      text += page.text;
    },
    pageStart: (index) => starts[index] ?? text.length,
    pageText: (index) => pages[index] ?? { text: '', runs: [], footnotes: [] },
    pageAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    },
    pageIndex(index, nodeOf) {
      const page = pages[index] ?? { text: '', runs: [], footnotes: [] };
      const nodes: Text[] = [];
      const nodeStarts: number[] = [];
      for (const run of page.runs) {
        const node = nodeOf(run.item);
        if (!node) continue;
        nodes.push(node);
        nodeStarts.push(run.start);
      }
      return { text: page.text, nodes, starts: nodeStarts };
    },
  };
}

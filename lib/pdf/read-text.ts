/**
 * The whole text of a PDF without drawing it, read the way the reader reads it (running
 * lines judged on a sample, footnotes marked, hyphenation joined): for a report fetched
 * on request, and for the capture benchmark and tests outside a browser.
 */
import { createDocumentText, type DocumentText } from './document-text';
import { createPageReader, samplePageNumbers, type PageItems } from './extract';
import type { PdfTextItem } from './text-lines';

/** What is read of a pdf.js document: any build of it (the extension's, Node's legacy one). */
export interface PdfPages {
  numPages: number;
  getPage(number: number): Promise<{
    getViewport(options: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: readonly unknown[] }>;
  }>;
}

export async function pageItems(pdf: PdfPages, index: number): Promise<PageItems> {
  const page = await pdf.getPage(index + 1);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  return { items: content.items.filter((item): item is PdfTextItem => typeof item === 'object' && item !== null && 'str' in item), width, height };
}

export async function readDocumentText(
  pdf: PdfPages,
  options: { onPage?(pagesRead: number, pageCount: number): void; signal?: AbortSignal } = {},
): Promise<{ text: DocumentText; firstPage: string }> {
  const sample = new Map<number, PageItems>();
  await Promise.all(samplePageNumbers(pdf.numPages).map(async (index) => sample.set(index, await pageItems(pdf, index))));
  const readPage = createPageReader([...sample.values()]);
  const text = createDocumentText();
  for (let index = 0; index < pdf.numPages; index++) {
    options.signal?.throwIfAborted();
    text.addPage(readPage(sample.get(index) ?? (await pageItems(pdf, index))));
    options.onPage?.(index + 1, pdf.numPages);
  }
  // The first page's words, margins included: where a document prints its symbol and version.
  const firstPage = (sample.get(0)?.items ?? []).map((item) => item.str).join(' ');
  return { text, firstPage };
}

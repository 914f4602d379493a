/** A PDF's pages and their text, each asked of pdf.js once: the reader's text pass and the text layers share them. */
import type { PageSource } from './page-view';
import type { PDFDocumentProxy } from './pdfjs';

export function createPageSource(pdf: PDFDocumentProxy): PageSource {
  const contents = new Map<number, ReturnType<PageSource['textContent']>>();
  return {
    page: (index) => pdf.getPage(index + 1),
    textContent(index) {
      let content = contents.get(index);
      if (!content) {
        content = pdf.getPage(index + 1).then((page) => page.getTextContent());
        contents.set(index, content);
      }
      return content;
    },
  };
}

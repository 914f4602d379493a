/**
 * pdf.js, with its worker bundled into the extension: nothing is fetched from elsewhere,
 * and the extension pages' default CSP (script-src 'self') allows a worker of our own origin.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export { getDocument, TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';

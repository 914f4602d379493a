/**
 * Which URLs are PDFs APR Lens can open in its reader, and the reader's own URL for them:
 * `reader.html?file=<encoded URL>`.
 */
import { browser } from 'wxt/browser';
import { parseParagraphKey } from '../paragraph-key';

/** UN hosts that serve the reports, drafts and statements as PDFs. */
export const UN_DOCUMENT_HOSTS = [
  'documents.un.org',
  'docs.un.org',
  'undocs.org',
  'digitallibrary.un.org',
  'docs-library.unoda.org',
  'estatements.unmeetings.org',
] as const;

/** Context-menu patterns: links to any .pdf, and any link to the UN document hosts. */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.PDF',
  '*://*/*.pdf?*',
  '*://*/*.pdf#*',
  ...UN_DOCUMENT_HOSTS.map((host) => `*://${host}/*`),
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isUnDocumentHost(url: string): boolean {
  const host = parse(url)?.hostname;
  return host !== undefined && (UN_DOCUMENT_HOSTS as readonly string[]).includes(host);
}

/**
 * Whether a URL names a PDF: a path ending in .pdf, or one of the forms UN document
 * systems serve PDFs under without that ending (`…/pdf/…`, the symbol API with `t=pdf`).
 */
export function isPdfUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || !/^(https?|file):$/.test(parsed.protocol)) return false;
  if (/\.pdf$/i.test(parsed.pathname)) return true;
  if (!isUnDocumentHost(url)) return false;
  return /\/pdf\//i.test(parsed.pathname) || parsed.searchParams.get('t')?.toLowerCase() === 'pdf';
}

/** The reader on a PDF; with a paragraph key (`apr3@zero:29e`), scrolled to that paragraph once read. */
export function readerUrlFor(pdfUrl: string, paragraph?: string): string {
  const base = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/reader.html');
  return `${base}?file=${encodeURIComponent(pdfUrl)}${paragraph ? `&paragraph=${encodeURIComponent(paragraph)}` : ''}`;
}

/** The paragraph a reader URL asks to be shown, if it names one. */
export function paragraphOfReaderUrl(search: string): string | null {
  const key = new URLSearchParams(search).get('paragraph');
  return key && parseParagraphKey(key) ? key : null;
}

/** The PDF a reader URL names, if it names one we may fetch (http, https or file). */
export function fileOfReaderUrl(search: string): string | null {
  const file = new URLSearchParams(search).get('file');
  const parsed = file ? parse(file) : null;
  return parsed && /^(https?|file):$/.test(parsed.protocol) ? parsed.href : null;
}

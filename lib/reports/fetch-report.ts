/**
 * "Get the text of the 3rd APR (A/79/214)": the official PDF downloaded on the user's
 * request only (DESIGN.md rule 6), in the UN language they chose, read as the reader reads
 * a PDF and kept like a report read in the reader. Every failure is a message that says
 * what went wrong and that nothing was changed; the store is written only at the end.
 */
import type { SaveResult } from '../data/report-text-types';
import type { ReportText } from '../data/schema';
import type { DetectContext, Detection } from '../detector';
import type { ReportId } from '../paragraph-key';
import { findNumberedParagraphs } from '../page/report-paragraphs';
import { BLOCK_SEPARATOR } from '../page/text-index';
import { looksLikePdf } from '../pdf/looks-like-pdf';
import { readDocumentText, type PdfPages } from '../pdf/read-text';
import { reportTextOf } from './capture';
import type { UnLanguage } from './document-language';
import { recognizeReportDocument } from './recognize-report-document';

export type FetchProgress = { stage: 'download'; received: number; total: number | null } | { stage: 'read'; pages: number; pageCount: number };

export type FetchFailureKind = 'offline' | 'http' | 'not-pdf' | 'wrong-document' | 'no-paragraphs' | 'cancelled';

export type FetchResult =
  | { ok: true; version: string; paragraphs: number; url: string }
  | { ok: false; kind: FetchFailureKind; message: string };

export interface FetchRequest {
  report: ReportId;
  symbol: string;
  lang: UnLanguage;
}

export interface FetchServices {
  fetch(url: string, init: { signal: AbortSignal }): Promise<Response>;
  openPdf(bytes: Uint8Array): Promise<PdfPages & { destroy(): Promise<void> }>;
  save(text: ReportText): Promise<SaveResult>;
  detect(text: string, context?: DetectContext): Detection;
  online(): boolean;
}

/** The official document by symbol and language, as the UN's document system serves it. */
export function officialPdfUrl(symbol: string, lang: UnLanguage): string {
  return `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${lang}&t=pdf`;
}

const UNCHANGED = 'nothing was changed.';

export async function fetchReportText(
  request: FetchRequest,
  services: FetchServices,
  options: { signal: AbortSignal; onProgress(progress: FetchProgress): void; url?: string },
): Promise<FetchResult> {
  const url = options.url ?? officialPdfUrl(request.symbol, request.lang);
  const cancelled = (): FetchResult => ({ ok: false, kind: 'cancelled', message: `Cancelled: ${UNCHANGED}` });
  if (!services.online()) return { ok: false, kind: 'offline', message: `This browser is offline, so ${request.symbol} could not be downloaded: ${UNCHANGED}` };
  let bytes: Uint8Array;
  try {
    const response = await services.fetch(url, { signal: options.signal });
    if (!response.ok) {
      return { ok: false, kind: 'http', message: `${new URL(url).hostname} answered HTTP ${response.status} for ${request.symbol} (${request.lang}): ${UNCHANGED}` };
    }
    bytes = await readBody(response, options.onProgress);
  } catch (error) {
    if (options.signal.aborted) return cancelled();
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'offline', message: `${new URL(url).hostname} could not be reached (${reason}): ${UNCHANGED}` };
  }
  if (!looksLikePdf(bytes)) return { ok: false, kind: 'not-pdf', message: `What came back for ${request.symbol} is not a PDF: ${UNCHANGED}` };

  const pdf = await services.openPdf(bytes);
  try {
    const { text, firstPage } = await readDocumentText(pdf, {
      signal: options.signal,
      onPage: (pages, pageCount) => options.onProgress({ stage: 'read', pages, pageCount }),
    });
    if (!firstPage.includes(request.symbol)) {
      return { ok: false, kind: 'wrong-document', message: `The document received is not ${request.symbol}: its first page does not show that symbol, so ${UNCHANGED}` };
    }
    const headings = [request.symbol, ...text.text.split(BLOCK_SEPARATOR).slice(0, 3)];
    const pageReport = recognizeReportDocument(headings, firstPage, services.detect);
    if (!pageReport || pageReport.report !== request.report) {
      return { ok: false, kind: 'wrong-document', message: `The document received is not a version of the report asked for: ${UNCHANGED}` };
    }
    const paragraphs = findNumberedParagraphs(text.text, { footnotes: text.footnotes });
    const record = reportTextOf({ paragraphs, pageReport, lang: request.lang, symbol: request.symbol, sourceUrl: url, format: 'pdf' });
    if (!record) return { ok: false, kind: 'no-paragraphs', message: `No numbered paragraph or no version could be read in ${request.symbol}: ${UNCHANGED}` };
    if (options.signal.aborted) return cancelled();
    const saved = await services.save(record);
    if (!saved.ok) return { ok: false, kind: 'no-paragraphs', message: saved.reason };
    return { ok: true, version: record.version, paragraphs: saved.paragraphs, url };
  } catch (error) {
    if (options.signal.aborted) return cancelled();
    throw error;
  } finally {
    await pdf.destroy();
  }
}

/** The body, with progress in bytes as it arrives (the total where the server says it). */
async function readBody(response: Response, onProgress: (progress: FetchProgress) => void): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ stage: 'download', received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({ stage: 'download', received, total });
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

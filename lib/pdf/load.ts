/**
 * Getting the bytes of a PDF and opening it, with every way that can fail turned into a
 * message the reader can act on (docs/architecture.md, "Errors").
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { getDocument, type PDFDocumentProxy } from './pdfjs';
import { errorMessage } from '../result';

export type LoadFailureKind = 'permission' | 'network' | 'http' | 'not-pdf' | 'password' | 'corrupt';

export interface LoadFailure {
  kind: LoadFailureKind;
  message: string;
  /** For 'permission': the origin to ask the reader's permission for. */
  origin?: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; failure: LoadFailure };

/** "%PDF-" within the first KB, where every PDF has it (some put junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function hostPatternOf(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Downloads a PDF from the extension's origin: host permission is what lets it past CORS. */
export async function fetchPdf(url: string): Promise<Loaded<Uint8Array>> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'file:') {
    const granted = await browser.permissions.contains({ origins: [hostPatternOf(parsed)] }).catch(() => false);
    if (!granted) return { ok: false, failure: { kind: 'permission', message: t('readerNeedsPermission', [parsed.hostname]), origin: hostPatternOf(parsed) } };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', message: t('readerNetworkError', [errorMessage(error)]) } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', message: t('readerHttpError', [response.status]) } };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!looksLikePdf(bytes)) return { ok: false, failure: { kind: 'not-pdf', message: t('readerNotPdf') } };
  return { ok: true, value: bytes };
}

/** Opens the bytes with pdf.js. The bytes are handed to its worker, so they are not usable afterwards. */
export async function openPdf(bytes: Uint8Array): Promise<Loaded<PDFDocumentProxy>> {
  if (!looksLikePdf(bytes)) return { ok: false, failure: { kind: 'not-pdf', message: t('readerNotPdf') } };
  const task = getDocument({
    data: bytes,
    // The extension's CSP forbids eval: tell pdf.js rather than let it try.
    isEvalSupported: false,
    // Errors only: a damaged but readable PDF is no reason for console noise.
    verbosity: 0,
  });
  try {
    return { ok: true, value: await task.promise };
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    // Without an onPassword callback, pdf.js rejects a protected PDF with a PasswordException.
    if (name === 'PasswordException') return { ok: false, failure: { kind: 'password', message: t('readerPassword') } };
    return { ok: false, failure: { kind: 'corrupt', message: t('readerCorrupt', [errorMessage(error)]) } };
  }
}

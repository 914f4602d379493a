/**
 * The option to open PDFs from the UN document sites in the reader automatically: off by
 * default, kept in storage.local, and the decision for one navigation.
 */
import { browser } from 'wxt/browser';
import { isPdfUrl, isUnDocumentHost } from './reader-url';

export const AUTO_OPEN_KEY = 'pdf:autoOpen';

export async function autoOpenEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get(AUTO_OPEN_KEY);
  return stored[AUTO_OPEN_KEY] === true;
}

export function setAutoOpen(enabled: boolean): Promise<void> {
  return browser.storage.local.set({ [AUTO_OPEN_KEY]: enabled });
}

/**
 * Whether a tab that has just navigated to `url` should show it in the reader instead.
 * Not when it came from the reader (its "Open the original" link, or Back): the reader
 * must never trap the user away from the browser's own viewer.
 */
export function shouldOpenInReader(url: string, previousUrl: string | null, readerPrefix: string): boolean {
  if (previousUrl?.startsWith(readerPrefix)) return false;
  return isUnDocumentHost(url) && isPdfUrl(url);
}

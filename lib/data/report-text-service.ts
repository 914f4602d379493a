/**
 * The background's side of the report texts: content scripts cannot open the extension's
 * database (DESIGN.md rule 2), so they send a captured report here and ask here for the
 * text of the paragraphs they show.
 */
import { browser } from 'wxt/browser';
import { documentMessages, received, thisExtension } from '../messaging';
import { readerUrlFor } from '../pdf/reader-url';
import { db } from './data-service';
import { paragraphTexts, saveReportText } from './report-texts';

/** Words enough for a text fragment to find the paragraph on its page. */
const FRAGMENT_WORDS = 8;

export function registerReportTextService() {
  documentMessages.onMessage('captureReportText', async (message) => saveReportText(await db(), received('captureReportText', message, thisExtension())));
  documentMessages.onMessage('paragraphTexts', async (message) => {
    const { keys, lang } = received('paragraphTexts', message, thisExtension());
    return paragraphTexts(await db(), keys, lang);
  });
  documentMessages.onMessage('openReportAt', async (message) => {
    const key = received('openReportAt', message, thisExtension());
    const found = (await paragraphTexts(await db(), [key], null))[key];
    if (!found) return false;
    // A PDF opens in the reader, which scrolls to the paragraph and marks it; a page at a text fragment, which the browser marks.
    const words = found.text.split(/\s+/).slice(0, FRAGMENT_WORDS).join(' ');
    const url = found.format === 'pdf' ? readerUrlFor(found.sourceUrl, key) : `${found.sourceUrl}#:~:text=${encodeURIComponent(words)}`;
    const tab = message.sender.tab;
    await browser.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
    return true;
  });
}

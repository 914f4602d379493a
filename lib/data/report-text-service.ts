/**
 * The background's side of the report texts: content scripts cannot open the extension's
 * database (DESIGN.md rule 2), so they send a captured report here and ask here for the
 * text of the paragraphs they show.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { readerUrlFor } from '../pdf/reader-url';
import { paragraphTexts, saveReportText } from './report-texts';
import { onMessage } from '../messaging';
import { checked, db } from './data-service';

const Key = v.pipe(v.string(), v.maxLength(64));
/** Words enough for a text fragment to find the paragraph on its page. */
const FRAGMENT_WORDS = 8;

const TextsRequest = v.object({
  keys: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(5000)),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(8))),
});

export function registerReportTextService() {
  // The record is validated in full by saveReportText; here only who sent it.
  onMessage('captureReportText', async ({ data, sender }) => saveReportText(await db(), checked(v.unknown(), data, sender)));
  onMessage('paragraphTexts', async ({ data, sender }) => {
    const { keys, lang } = checked(TextsRequest, data, sender);
    return paragraphTexts(await db(), keys, lang);
  });
  onMessage('openReportAt', async ({ data, sender }) => {
    const key = checked(Key, data, sender);
    const found = (await paragraphTexts(await db(), [key], null))[key];
    if (!found) return false;
    // A PDF opens in the reader, which scrolls to the paragraph and marks it; a page at a text fragment, which the browser marks.
    const words = found.text.split(/\s+/).slice(0, FRAGMENT_WORDS).join(' ');
    const url = found.format === 'pdf' ? readerUrlFor(found.sourceUrl, key) : `${found.sourceUrl}#:~:text=${encodeURIComponent(words)}`;
    await browser.tabs.create({ url, ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) });
    return true;
  });
}

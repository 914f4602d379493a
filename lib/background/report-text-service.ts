/**
 * The background's side of the report texts: content scripts cannot open the extension's
 * database (DESIGN.md rule 2), so they send a captured report here and ask here for the
 * text of the paragraphs they show.
 */
import * as v from 'valibot';
import { paragraphTexts, saveReportText } from '../data/report-texts';
import { onMessage } from '../messaging';
import { checked, db } from './data-service';

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
}

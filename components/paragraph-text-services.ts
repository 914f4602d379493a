/**
 * ParagraphText's services for the extension pages that open the database themselves
 * (the side panel, the popup): each report's texts read once per view.
 */
import type { Database } from '../lib/data/db';
import { paragraphIn, pickText, reportTextsOf, type StoredReportText } from '../lib/data/report-texts';
import { parseParagraphKey, type ReportId } from '../lib/paragraph-key';
import { PARAGRAPH_TEXTS_BY_MESSAGE, type ParagraphTextServices } from './ParagraphText';

export function databaseParagraphTexts(db: Database, lang: string | null): ParagraphTextServices {
  const texts = new Map<ReportId, Promise<StoredReportText[]>>();
  return {
    async lookup(key) {
      const address = parseParagraphKey(key);
      if (!address?.report) return null;
      let known = texts.get(address.report);
      if (!known) texts.set(address.report, (known = reportTextsOf(db, address.report)));
      const all = await known;
      const text = pickText(all, address.version, lang);
      return text ? paragraphIn(text, address.para, address.sub, all) : null;
    },
    open: PARAGRAPH_TEXTS_BY_MESSAGE.open,
  };
}

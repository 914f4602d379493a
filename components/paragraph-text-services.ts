/**
 * ParagraphText's services for the extension pages that open the database themselves
 * (the side panel): what the lookups read is read once per view.
 */
import type { Database } from '../lib/data/db';
import { paragraphSources, paragraphText } from '../lib/data/report-texts';
import { PARAGRAPH_TEXTS_BY_MESSAGE, type ParagraphTextServices } from './ParagraphText';

export function databaseParagraphTexts(db: Database, lang: string | null): ParagraphTextServices {
  const sources = paragraphSources(db);
  return {
    lookup: (key) => paragraphText(sources, key, lang),
    open: PARAGRAPH_TEXTS_BY_MESSAGE.open,
  };
}

/**
 * A paragraph cited as the UN cites it: the report's symbol, then the paragraph, in the UI
 * language ("A/79/214, para. 29 (e)", "A/79/214, par. 29 e)"). A draft says which one it is.
 */
import catalog from '../dataset/reports.json';
import { t } from './i18n';
import { parseParagraphKey } from './paragraph-key';
import { paragraphNumber, reportLabel, versionLabel } from './paragraph-label';

const SYMBOLS = new Map(catalog.reports.map((report) => [report.id, report.symbols[0]]));

export function unCitation(key: string): string | null {
  const address = parseParagraphKey(key);
  if (!address?.report) return null;
  const symbol = SYMBOLS.get(address.report) ?? reportLabel(address.report);
  const document = address.version && address.version !== 'adopted' ? `${symbol} (${versionLabel(address.version)})` : symbol;
  return t('citationParagraph', [document, paragraphNumber(address.para, address.sub)]);
}

/**
 * Where a search result sits, in words: a position "cites" a paragraph only where the
 * publication names it, and is "on the topic of" the others (docs/architecture.md, rule 7).
 */
import { t } from '../i18n';
import { paragraphLabel } from '../paragraph-label';
import type { SearchEntry } from './search-index';

export function resultParagraphWording(entry: Pick<SearchEntry, 'kind' | 'cited'>, key: string): string {
  if (entry.kind !== 'position') return paragraphLabel(key);
  return t(entry.cited?.includes(key) ? 'resultCites' : 'resultOnTopic', [paragraphLabel(key)]);
}

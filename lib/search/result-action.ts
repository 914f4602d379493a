/**
 * What choosing a search result does: where the current tab shows that paragraph, the tab
 * scrolls to it and opens its card; otherwise a position opens its source (or shows its full
 * text, where it has none), a note opens in the side panel, and a report paragraph shows what
 * there is on it.
 */
import type { PageSummary } from '../page/page-summary';
import { parseParagraphKey } from '../paragraph-key';
import { sameParagraph } from '../paragraph-match';
import type { SearchEntry } from './search-index';

export type ResultAction =
  | { kind: 'reveal'; target: { id: number } | { key: string } }
  | { kind: 'open'; url: string }
  | { kind: 'note'; noteId: string }
  | { kind: 'query'; text: string }
  /** A position known from its text only (no source link): its full text, in the popup. */
  | { kind: 'read' };

export function resultAction(entry: SearchEntry, page: PageSummary | null): ResultAction {
  const shown = page ? findOnPage(entry.keys, page) : null;
  if (shown) return { kind: 'reveal', target: shown };
  if (entry.kind === 'note') return { kind: 'note', noteId: entry.ref };
  if (entry.kind === 'paragraph') return { kind: 'query', text: queryFor(entry.ref) };
  return entry.url ? { kind: 'open', url: entry.url } : { kind: 'read' };
}

/** The first reference (or report paragraph) of the page on one of `keys`; an unknown report matches any. */
export function findOnPage(keys: string[], page: PageSummary): { id: number } | { key: string } | null {
  const matches = (key: string) => keys.some((wanted) => sameParagraph(wanted, key));
  const reference = page.references.find((candidate) => matches(candidate.key));
  if (reference) return { id: reference.id };
  const paragraph = page.paragraphs.find((candidate) => matches(candidate.key));
  return paragraph ? { key: paragraph.key } : null;
}

/** The search box text that finds a paragraph: `apr3@zero:29e` → `apr3 29e`. */
function queryFor(key: string): string {
  const address = parseParagraphKey(key);
  if (!address) return key;
  return `${address.report ?? ''} ${address.para}${address.sub ?? ''}`.trim();
}

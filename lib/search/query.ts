/**
 * Answers what the user types: a paragraph ("29e", "3rd APR 50(c)") finds that paragraph's
 * entries directly; anything else is a prefix and typo-tolerant full-text search.
 */
import { parseParagraphQuery } from '../detector';
import { parseParagraphKey, type ReportId } from '../paragraph-key';
import { tagKey } from '../notes/tags';
import type { SearchEntry, SearchIndex } from './search-index';

export interface SearchFilters {
  report: ReportId | null;
  theme: string | null;
  notesOnly: boolean;
}

export const NO_FILTERS: SearchFilters = { report: null, theme: null, notesOnly: false };

export interface SearchHit {
  entry: SearchEntry;
  /** Normalised words of the entry that matched, for emphasis. */
  terms: string[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** The paragraph the query named, when it named one (with no hits: nothing is on it yet). */
  paragraph: { report: ReportId | null; para: number; sub: string | null } | null;
  total: number;
}

export const DEFAULT_LIMIT = 50;

export function search(index: SearchIndex, query: string, filters: SearchFilters, limit = DEFAULT_LIMIT): SearchAnswer {
  const text = query.trim();
  const accepts = (entry: SearchEntry) => passes(entry, filters);
  if (!text) {
    // No words but a filter: browse what the filter selects, newest first.
    if (!filtering(filters)) return { hits: [], paragraph: null, total: 0 };
    const entries = [...index.entries.values()].filter(accepts).sort(byDateDescending);
    return { hits: entries.slice(0, limit).map((entry) => ({ entry, terms: [] })), paragraph: null, total: entries.length };
  }
  const paragraph = parseParagraphQuery(text);
  if (paragraph) {
    const entries = paragraphEntries(index, paragraph).filter(accepts);
    if (entries.length > 0) {
      return { hits: entries.slice(0, limit).map((entry) => ({ entry, terms: [] })), paragraph, total: entries.length };
    }
  }
  const results = index.mini.search(text, {
    prefix: expandAsPrefix,
    fuzzy: toleratesTypos,
    combineWith: 'AND',
    boost: { title: 2, about: 1.5 },
    ...(filtering(filters) && {
      filter: (result) => {
        const entry = index.entries.get(result.id as string);
        return entry !== undefined && accepts(entry);
      },
    }),
  });
  const hits: SearchHit[] = [];
  for (const result of results.slice(0, limit)) {
    const entry = index.entries.get(result.id as string);
    if (entry) hits.push({ entry, terms: result.terms });
  }
  // A paragraph nothing is about: say so of the paragraph, not of the words.
  if (hits.length === 0 && paragraph) return { hits, paragraph, total: 0 };
  return { hits, paragraph: null, total: results.length };
}

/**
 * Prefix matching (MiniSearch `prefix: true`) for the word being typed, the last one, once it
 * has three letters: one or two would match most of the index, and the words before it are
 * complete. Typo tolerance (`fuzzy: 0.2`) from five letters, where one edit is not a new word.
 */
const expandAsPrefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3;
const toleratesTypos = (term: string) => (term.length >= 5 ? 0.2 : false);

/** The themes and tags the filter offers, most used first. */
export function themesOf(index: SearchIndex): string[] {
  // Tags compare without case ("CI" and "ci" are one): counted under the first spelling met.
  const counts = new Map<string, { theme: string; count: number }>();
  for (const entry of index.entries.values()) {
    for (const theme of entry.themes) {
      const counted = counts.get(tagKey(theme)) ?? { theme, count: 0 };
      counted.count++;
      counts.set(tagKey(theme), counted);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)).map(({ theme }) => theme);
}

const filtering = (filters: SearchFilters) => Boolean(filters.report || filters.theme || filters.notesOnly);

function passes(entry: SearchEntry, filters: SearchFilters): boolean {
  if (filters.notesOnly && entry.kind !== 'note') return false;
  if (filters.report && !entry.reports.includes(filters.report)) return false;
  if (filters.theme && !entry.themes.some((theme) => tagKey(theme) === tagKey(filters.theme!))) return false;
  return true;
}

/** Entries on the named paragraph: the exact sub-paragraph first, then its parent or siblings. */
function paragraphEntries(index: SearchIndex, wanted: NonNullable<SearchAnswer['paragraph']>): SearchEntry[] {
  const scored: { entry: SearchEntry; rank: number }[] = [];
  for (const id of index.byPara.get(wanted.para) ?? []) {
    const entry = index.entries.get(id);
    if (!entry) continue;
    let best = Infinity;
    for (const key of entry.keys) {
      const address = parseParagraphKey(key);
      if (!address || address.para !== wanted.para) continue;
      if (wanted.report && address.report && address.report !== wanted.report) continue;
      best = Math.min(best, address.sub === wanted.sub ? 0 : wanted.sub && address.sub ? 2 : 1);
    }
    // A query for 29(e) does not want 29(b); one for 29 wants all of 29.
    if (best < 2) scored.push({ entry, rank: best });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || byDateDescending(a.entry, b.entry))
    .map(({ entry }) => entry);
}

const KIND_ORDER = { paragraph: 0, position: 1, note: 2 } as const;

function byDateDescending(a: SearchEntry, b: SearchEntry): number {
  return b.date.localeCompare(a.date);
}

/**
 * What the bundled catalog of reports (dataset/reports.json, our own facts about them)
 * says about one report: its versions with their dates, and its symbols.
 */
import catalog from '../../dataset/reports.json';
import type { ReportId } from '../paragraph-key';
import type { VersionFacts } from './document-version';

interface CatalogReport {
  id: string;
  symbols: string[];
  versions: { label: string; date: string | null; symbols?: string[] }[];
}

const reports = (catalog as { reports: CatalogReport[] }).reports;

export function versionsOf(report: ReportId): VersionFacts[] {
  return (reports.find((each) => each.id === report)?.versions ?? []).map(({ label, date }) => ({ label, date }));
}

export function symbolsOf(report: ReportId): string[] {
  const entry = reports.find((each) => each.id === report);
  if (!entry) return [];
  return [...new Set([...entry.symbols, ...entry.versions.flatMap((version) => version.symbols ?? [])])];
}

/** The first of the report's symbols that a text shows (its first page, its header). */
export function symbolIn(text: string, report: ReportId): string | null {
  let best: { symbol: string; at: number } | null = null;
  for (const symbol of symbolsOf(report)) {
    const at = text.indexOf(symbol);
    // "A/79/214" must not be read inside "A/79/2140".
    if (at >= 0 && !/[\w/]/.test(text[at + symbol.length] ?? '') && (!best || at < best.at)) best = { symbol, at };
  }
  return best?.symbol ?? null;
}

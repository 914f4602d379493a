/**
 * Which version of a report a document is, from its own first page first ("Zero Draft",
 * "Rev.1", "Draft … report", a version's date), and from its symbol second: a draft
 * circulated under a symbol the report also lists (A/AC.292/2024/CRP.1) is still a draft.
 * Where the two disagree, the reading says so.
 */

export interface VersionFacts {
  label: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the dataset gives it. */
  date: string | null;
}

export interface VersionReading {
  /** The version the document is read as: its words' where they name one, else its symbol's. */
  version: string | null;
  fromWords: string | null;
  fromSymbol: string | null;
  /** The words and the symbol name different versions. */
  conflict: boolean;
}

/** The first page's words that name a version, in the six languages. Checked in this order. */
const ZERO = /\bzero[\s-]+draft\b|\bavant-projet\b|\bprojet\s+z[ée]ro\b|\bborrador\s+cero\b|нулев\S*\s+проект|المسودة\s+(?:ال)?صفرية|مشروع\s+صفري|零草案/iu;
const REVISION = /\bRev\.?\s*(\d{1,2})\b/;
const REVISED = /\brevised\s+draft\b|\bprojet\s+r[ée]vis[ée]|\bborrador\s+revisado\b|пересмотренн\S*\s+проект|(?:المسودة|مشروع)\s+(?:ال)?منقح|订正草案|修订草案/iu;
const DRAFT = /\bdraft\b|\bprojet\b|\bborrador\b|(?<!\p{L})проект(?!\p{L})|مشروع|مسودة|草案/iu;

const MONTHS: Record<string, number> = {};
[
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
].forEach((names) => names.split(' ').forEach((name, index) => (MONTHS[name] = index + 1)));
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:er)?\s+(?:de\s+)?(\p{L}+)\s+(?:de\s+)?(20\d\d)\b/gu;
const ISO_DAY = /\b(20\d\d)-(\d\d)-(\d\d)\b/g;
const CHINESE_DAY = /(20\d\d)年(\d{1,2})月(\d{1,2})日/g;

/** The days a page prints, as YYYY-MM-DD. */
export function datesIn(text: string): string[] {
  const days: string[] = [];
  const day = (year: string, month: number, date: number) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[match[2]!.toLowerCase()];
    if (month) days.push(day(match[3]!, month, Number(match[1])));
  }
  for (const match of text.matchAll(ISO_DAY)) days.push(day(match[1]!, Number(match[2]), Number(match[3])));
  for (const match of text.matchAll(CHINESE_DAY)) days.push(day(match[1]!, Number(match[2]), Number(match[3])));
  return days;
}

/** The version the first page's words name, among the report's versions (any, when they are not known). */
export function versionFromWords(firstPage: string, versions: readonly VersionFacts[] = []): string | null {
  const known = (label: string) => versions.length === 0 || versions.some((version) => version.label === label);
  if (ZERO.test(firstPage)) return 'zero';
  const revision = REVISION.exec(firstPage);
  if (revision) return `rev${revision[1]}`;
  if (REVISED.test(firstPage)) return 'rev1';
  // A version whose date the page prints, the day itself (not a month: drafts share months).
  const days = new Set(datesIn(firstPage));
  const dated = versions.find((version) => version.date !== null && version.date.length === 10 && days.has(version.date));
  if (dated) return dated.label;
  // "Draft third annual progress report": a draft that names no revision is the first one.
  if (DRAFT.test(firstPage)) {
    const drafts = versions.filter((version) => version.label !== 'adopted');
    if (drafts.length === 1) return drafts[0]!.label;
    if (known('zero')) return 'zero';
  }
  return null;
}

export function readDocumentVersion(firstPage: string, fromSymbol: string | null, versions: readonly VersionFacts[] = []): VersionReading {
  const fromWords = versionFromWords(firstPage, versions);
  return {
    version: fromWords ?? fromSymbol,
    fromWords,
    fromSymbol,
    conflict: fromWords !== null && fromSymbol !== null && fromWords !== fromSymbol,
  };
}

/**
 * The reports' texts captured from their documents: one record per report, version and
 * language in a store of its own. Capturing a document again replaces its record in one
 * transaction; dataset sync never writes this store and this module never writes notes.
 */
import * as v from 'valibot';
import { parseParagraphKey, type ReportId } from '../paragraph-key';
import { concordance, unitKey } from '../reports/concordance';
import { topicalPositions } from '../reports/topical';
import type { Database } from './db';
import { allPositions, allReports } from './lookup';
import type { Elsewhere, ParagraphText, ReportTextSummary, SaveResult, StoredReportText } from './report-text-types';
import { describeIssues, ReportTextSchema, type Position, type Report, type ReportParagraph, type ReportText } from './schema';

export function reportTextId(text: Pick<ReportText, 'report' | 'version' | 'lang'>): string {
  return `${text.report}@${text.version}/${text.lang}`;
}

/** Validates and stores a captured text, replacing the same report, version and language. */
export async function saveReportText(db: Database, raw: unknown): Promise<SaveResult> {
  const parsed = v.safeParse(ReportTextSchema, raw);
  if (!parsed.success) return { ok: false, reason: `The report's text was not kept (${describeIssues(parsed.issues)}); the texts already stored stay.` };
  if (parsed.output.paragraphs.length === 0) return { ok: false, reason: 'No numbered paragraph was found in this document; the texts already stored stay.' };
  const id = reportTextId(parsed.output);
  // One request in one transaction: the old record is replaced whole or kept whole.
  await db.put('reportTexts', { ...parsed.output, id });
  return { ok: true, id, paragraphs: parsed.output.paragraphs.length };
}

export async function listReportTexts(db: Database): Promise<ReportTextSummary[]> {
  const summaries: ReportTextSummary[] = [];
  for (let cursor = await db.transaction('reportTexts').store.openCursor(); cursor; cursor = await cursor.continue()) {
    const { paragraphs, ...rest } = cursor.value;
    summaries.push({ ...rest, paragraphCount: paragraphs.length });
  }
  return summaries;
}

export function removeReportText(db: Database, id: string): Promise<void> {
  return db.delete('reportTexts', id);
}

export function reportTextsOf(db: Database, report: ReportId): Promise<StoredReportText[]> {
  return db.getAllFromIndex('reportTexts', 'byReport', report);
}

/**
 * Which captured text answers a key: its own version when the key names one; otherwise
 * the adopted report, else the latest capture. Within a version, the reader's language first.
 */
export function pickText(texts: readonly StoredReportText[], version: string | null, lang: string | null): StoredReportText | null {
  const candidates = version !== null ? texts.filter((text) => text.version === version) : texts;
  if (candidates.length === 0) return null;
  return [...candidates].sort(
    (a, b) =>
      (version === null ? Number(b.version === 'adopted') - Number(a.version === 'adopted') : 0) ||
      Number(b.lang === lang) - Number(a.lang === lang) ||
      b.captured.localeCompare(a.captured),
  )[0]!;
}

/** Where a paragraph of `text` is in each other version of the report known in its language. */
export function elsewhereOf(text: StoredReportText, others: readonly StoredReportText[], paragraph: Pick<ReportParagraph, 'para' | 'sub'>): Elsewhere[] {
  const unit = unitKey(paragraph);
  return others
    .filter((other) => other.version !== text.version && other.lang === text.lang)
    .flatMap((other) => {
      const entry = concordance(text.paragraphs, other.paragraphs).find((each) => each.from === unit);
      return entry ? [{ version: other.version, units: entry.to, similarity: entry.similarity, kind: entry.kind }] : [];
    });
}

export function paragraphIn(text: StoredReportText, para: number, sub: string | null, others: readonly StoredReportText[] = []): ParagraphText | null {
  const paragraph = text.paragraphs.find((each) => each.para === para && each.sub === sub);
  if (!paragraph) return null;
  const subs = sub === null ? text.paragraphs.filter((each) => each.para === para && each.sub !== null).map((each) => ({ sub: each.sub!, text: each.text })) : [];
  const { report, version, lang, symbol, sourceUrl, format } = text;
  return { ...paragraph, report, version, lang, symbol, sourceUrl, format, subs, elsewhere: elsewhereOf(text, others, paragraph), topical: [] };
}

/** What paragraph lookups read: each read once per set of lookups (a view keeps one for its life). */
export interface ParagraphSources {
  texts(report: ReportId): Promise<StoredReportText[]>;
  positions(): Promise<Position[]>;
  reports(): Promise<Report[]>;
}

export function paragraphSources(db: Database): ParagraphSources {
  const texts = new Map<ReportId, Promise<StoredReportText[]>>();
  let positions: Promise<Position[]> | null = null;
  let reports: Promise<Report[]> | null = null;
  return {
    texts(report) {
      let known = texts.get(report);
      if (!known) texts.set(report, (known = reportTextsOf(db, report)));
      return known;
    },
    positions: () => (positions ??= allPositions(db)),
    reports: () => (reports ??= allReports(db)),
  };
}

/** The captured text of one paragraph key, with where it is in other versions and the positions on its topic; null where no captured document has it. */
export async function paragraphText(sources: ParagraphSources, key: string, lang: string | null): Promise<ParagraphText | null> {
  const address = parseParagraphKey(key);
  if (!address?.report) return null;
  const known = await sources.texts(address.report);
  const text = pickText(known, address.version, lang);
  const found = text ? paragraphIn(text, address.para, address.sub, known) : null;
  if (!found) return null;
  const report = (await sources.reports()).find((each) => each.id === found.report);
  return { ...found, topical: topicalPositions(key, found, report, await sources.positions()) };
}

/** The captured text of each paragraph key, or null where no captured document has it. */
export async function paragraphTexts(db: Database, keys: readonly string[], lang: string | null): Promise<Record<string, ParagraphText | null>> {
  const sources = paragraphSources(db);
  const found: Record<string, ParagraphText | null> = {};
  for (const key of keys) found[key] = await paragraphText(sources, key, lang);
  return found;
}

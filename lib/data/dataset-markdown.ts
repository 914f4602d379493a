/**
 * Reads one authored publication file (YAML front matter + Markdown body) into positions.
 * A publication with one position keeps its summary and quote in the body (`## Summary`,
 * `## Quote`); one with several lists them under `positions:` in the front matter.
 * Every error names the line it is on. The format is described in dataset/README.md.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { detectReferences, paragraphKeyOf } from '../detector';
import { parseParagraphKey, withoutVersion, type ReportId } from '../paragraph-key';
import { readPrintedDate } from './printed-date';
import { PositionSchema, type ParagraphRef, type Position } from './schema';

export interface SourceError {
  line: number;
  message: string;
}

/** The version labels each report has in the catalog: a reference's version must be one of them. */
export type KnownVersions = ReadonlyMap<ReportId, ReadonlySet<string>>;

const DEFAULT_ORGANISATION = 'ICT4Peace Foundation';

/** The fields a publication and each of its positions may set: a misspelt one would be silently lost. */
const POSITION_FIELDS = new Set([
  'id',
  'title',
  'organisation',
  'date',
  'date_approximate',
  'date_printed',
  'source_url',
  'source_title',
  'themes',
  'paragraphs',
  'quote',
  'summary',
]);
const PUBLICATION_FIELDS = new Set([...POSITION_FIELDS, 'positions', 'verified']);

const unknownField = (field: string, known: ReadonlySet<string>) => `${field}: not a field of the dataset (known: ${[...known].join(', ')})`;

export function readPublication(source: string, versions?: KnownVersions): { positions: Position[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { positions: [], errors: [{ line: 1, message: 'the file must start with YAML front matter between two "---" lines' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter });
  // Front matter starts on line 2 of the file.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  for (const error of doc.errors) errors.push({ line: lineOf(error.pos[0]), message: error.message.split('\n')[0]! });
  if (errors.length) return { positions: [], errors };
  const front = doc.toJS() as Record<string, unknown> | null;
  if (!front || typeof front !== 'object' || Array.isArray(front)) return { positions: [], errors: [{ line: 2, message: 'the front matter must be a mapping of fields' }] };

  if (typeof front.verified !== 'string' || !front.verified.trim()) {
    const message = 'verified: say how the entry was checked against its source (the page read, or why it could not be)';
    errors.push({ line: lineOfPath(doc, ['verified'], lineOf) ?? 2, message });
  }
  for (const field of Object.keys(front).filter((key) => !PUBLICATION_FIELDS.has(key))) {
    errors.push({ line: lineOfPath(doc, [field], lineOf) ?? 2, message: unknownField(field, PUBLICATION_FIELDS) });
  }
  const bodyLine = source.slice(0, source.length - match[2]!.length).split('\n').length;
  const body = sections(match[2]!);
  const several = Array.isArray(front.positions);
  const entries = several ? (front.positions as unknown[]) : [front];
  const positions: Position[] = [];
  entries.forEach((raw, index) => {
    const entry = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const path = several ? ['positions', index] : [];
    const nodeLine = (key: string) => lineOfPath(doc, [...path, key], lineOf) ?? lineOfPath(doc, path, lineOf) ?? 2;
    if (several) {
      for (const field of Object.keys(entry).filter((key) => !POSITION_FIELDS.has(key))) {
        errors.push({ line: nodeLine(field), message: unknownField(field, POSITION_FIELDS) });
      }
    }
    const paragraphs: Position['paragraphs'] = [];
    const refs = Array.isArray(entry.paragraphs) ? (entry.paragraphs as unknown[]) : [];
    refs.forEach((item, at) => {
      const line = lineOfPath(doc, [...path, 'paragraphs', at], lineOf) ?? nodeLine('paragraphs');
      const link = readLink((item && typeof item === 'object' ? item : {}) as Record<string, unknown>, versions);
      if ('message' in link) errors.push({ line, message: link.message });
      else paragraphs.push(link);
    });
    const candidate = {
      id: entry.id,
      organisation: entry.organisation ?? front.organisation ?? DEFAULT_ORGANISATION,
      title: entry.title ?? front.title,
      date: dateField(entry, front),
      dateApproximate: Boolean(entry.date_approximate ?? front.date_approximate ?? false),
      sourceUrl: 'source_url' in entry ? entry.source_url : front.source_url,
      sourceTitle: entry.source_title ?? front.source_title,
      quote: entry.quote ?? body.quote ?? '',
      summary: entry.summary ?? body.summary,
      themes: entry.themes ?? front.themes,
      paragraphs,
    };
    if (candidate.date === null && candidate.dateApproximate) errors.push({ line: nodeLine('date_approximate'), message: 'date_approximate: there is no date to be approximate (date is null)' });
    const printed = printedDateError(entry.date_printed ?? front.date_printed, candidate.date);
    if (printed) errors.push({ line: nodeLine('date_printed'), message: printed });
    const parsed = v.safeParse(PositionSchema, candidate);
    if (parsed.success) positions.push(parsed.output);
    else {
      for (const issue of parsed.issues) {
        const field = String(issue.path?.[0]?.key ?? '');
        const yamlField = FIELD_NAMES[field] ?? field;
        const line = field === 'summary' && !entry.summary ? bodyLine : nodeLine(yamlField);
        errors.push({ line, message: `${yamlField || 'position'}: ${issue.message}` });
      }
    }
  });
  return { positions, errors };
}

/**
 * The publication date as written: absent is a mistake, `null` says deliberately that no
 * source shows it. YAML reads `date: 2013` as a number, hence the String().
 */
function dateField(entry: Record<string, unknown>, front: Record<string, unknown>): string | null | undefined {
  const value = 'date' in entry ? entry.date : front.date;
  if (value === undefined) return undefined;
  return value === null ? null : String(value);
}

/**
 * `date_printed` is the date as the publication prints it ("July 3, 2024"): `date` must say
 * the same, at the same precision.
 */
function printedDateError(printed: unknown, date: string | null | undefined): string | null {
  if (printed === undefined) return null;
  const read = typeof printed === 'string' ? readPrintedDate(printed) : null;
  const shown = JSON.stringify(printed);
  if (read === null) return `date_printed: ${shown} is not a date as a publication prints it ("July 3, 2024", "3 July 2024")`;
  return read === date ? null : `date_printed: the publication prints ${shown}, which is ${read}, but date: says ${date ?? 'null'}`;
}

const FIELD_NAMES: Record<string, string> = { sourceUrl: 'source_url', sourceTitle: 'source_title', dateApproximate: 'date_approximate' };

export type RefResolution = { ok: true; key: string } | { ok: false; message: string };

const LINK_FIELDS = new Set(['ref', 'version', 'quote', 'paraphrase', 'cited', 'topical']);

/**
 * One entry of `paragraphs:`: the reference, and what the link rests on: `cited:` with the
 * publication's own words that name the paragraph, or `topical:` with an editor's reason.
 */
function readLink(item: Record<string, unknown>, versions?: KnownVersions): ParagraphRef | { message: string } {
  const unknown = Object.keys(item).filter((field) => !LINK_FIELDS.has(field));
  const ref = JSON.stringify(item.ref);
  if (unknown.length) {
    return { message: `paragraph ${ref}: unknown field ${unknown.join(', ')} (known: ${[...LINK_FIELDS].join(', ')})` };
  }
  const resolved = keyOfRef(item.ref, item.version, versions);
  if (!resolved.ok) return resolved;
  const text = (field: string) => (typeof item[field] === 'string' && item[field].trim() ? item[field].trim() : null);
  if ('cited' in item === 'topical' in item) {
    return {
      message:
        `paragraph ${ref}: say what the link rests on: cited: with the source's own words naming the paragraph ` +
        '("para 29 e"), or topical: with the reason',
    };
  }
  const paraphrase = text('paraphrase');
  const wording = { key: resolved.key, quote: text('quote'), ...(paraphrase ? { paraphrase } : {}) };
  if ('topical' in item) {
    const reason = text('topical');
    if (!reason) return { message: `paragraph ${ref}: topical: give the reason in one line` };
    return { kind: 'topical', ...wording, reason };
  }
  const cites = text('cited');
  if (!cites) {
    return { message: `paragraph ${ref}: cited: give the source's own words that name the paragraph, e.g. "para 29 e"` };
  }
  const misread = citedAs(cites, resolved.key);
  if (misread) return { message: `paragraph ${ref}: cited: ${JSON.stringify(cites)} ${misread}` };
  return { kind: 'cited', ...wording, cites };
}

/**
 * null when the detector reads the cited words as exactly the linked paragraph (in the report
 * the reference names, as a reader of the publication would), else what it reads instead.
 */
function citedAs(cites: string, key: string): string | null {
  const address = parseParagraphKey(key)!;
  const found = detectReferences(cites, { report: address.report, version: address.version });
  if (found.length === 0) return 'names no paragraph the detector can read';
  if (found.length > 1) return `names ${found.length} paragraphs; a cited link rests on one`;
  const read = found[0]!;
  const readKey = read.report === 'other' ? 'a paragraph of another document' : paragraphKeyOf(read);
  const same = read.report === address.report && read.para === address.para && read.sub === address.sub;
  return same ? null : `is read as ${readKey ?? 'another paragraph'}, not ${withoutVersion(key)}`;
}

/**
 * The paragraph key of an authored reference ("3rd APR para 29 e", optional `version: zero`):
 * the detector must read exactly one paragraph in it, of a named APR or the Final Report, on
 * a version the catalog knows.
 */
export function keyOfRef(ref: unknown, version: unknown, versions?: KnownVersions): RefResolution {
  const fail = (why: string): RefResolution => ({ ok: false, message: `paragraph reference ${JSON.stringify(ref)}: ${why}` });
  if (typeof ref !== 'string' || ref.trim() === '') return fail('write the reference as text, e.g. "3rd APR para 29 e"');
  if (version !== undefined && version !== null && typeof version !== 'string') return fail('version must be a label such as zero, rev1 or adopted');
  const found = detectReferences(ref);
  if (found.length !== 1) return fail(found.length === 0 ? 'no paragraph reference found in it' : `${found.length} paragraphs found in it; write one per reference`);
  const reference = found[0]!;
  if (reference.report === 'other') return fail('it is a paragraph of another document, not of an APR or the Final Report');
  if (reference.report === null) return fail('it does not say which report (e.g. "of the 3rd APR")');
  if (version && reference.version && version !== reference.version) return fail(`it names version ${reference.version}, but version: says ${version}`);
  const label = version || reference.version;
  const known = versions?.get(reference.report);
  if (label && known && !known.has(label)) return fail(`${reference.report} has no version "${label}" in dataset/reports.json (known: ${[...known].join(', ')})`);
  const key = paragraphKeyOf({ ...reference, version: label ?? null });
  return key ? { ok: true, key } : fail('no whole paragraph number in it');
}

function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineOf(node.range[0]) : null;
}

function sections(body: string): { summary?: string; quote?: string } {
  const found: Record<string, string> = {};
  const parts = body.split(/^##\s+/m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const heading = part.slice(0, newline < 0 ? undefined : newline).trim().toLowerCase();
    const text = newline < 0 ? '' : part.slice(newline + 1).trim();
    if (heading === 'summary' || heading === 'quote') found[heading] = text.replace(/\s*\n\s*/g, ' ');
  }
  return found;
}

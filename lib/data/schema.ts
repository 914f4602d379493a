/**
 * The dataset and the user's notes: one valibot schema, from which every data type of the
 * extension is inferred.
 */
import * as v from 'valibot';
import { parseParagraphKey, REPORT_IDS } from '../paragraph-key';
import { isCalendarDate } from './printed-date';

export const SCHEMA_VERSION = 3;

export const THEMES = [
  'norms',
  'critical-infrastructure',
  'capacity-building',
  'international-law',
  'confidence-building',
  'stakeholders',
  'institutional-dialogue',
  'accountability',
  'threats',
  'CERTs',
  'other',
] as const;

export const LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

const ParagraphKey = v.pipe(
  v.string(),
  v.check((key) => parseParagraphKey(key) !== null, 'a paragraph key such as apr3@zero:29e'),
);
const DAY_FORMAT = 'a date as YYYY, YYYY-MM or YYYY-MM-DD';
const Day = v.pipe(
  v.string(`${DAY_FORMAT} (or null where no source shows it)`),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, DAY_FORMAT),
  v.check(isCalendarDate, 'a day the calendar has'),
);
const Timestamp = v.pipe(v.string(), v.isoTimestamp('an ISO timestamp'));
/**
 * Source URLs reach card links, the popup's tabs.create and the Markdown export: only https,
 * never javascript:, data:, file: or a browser's own pages.
 */
const Url = v.pipe(
  v.string('a URL (or null where there is none)'),
  v.url('a URL'),
  v.check((url) => URL.canParse(url) && new URL(url).protocol === 'https:', 'an https: URL'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const LinkKey = v.pipe(
  ParagraphKey,
  v.check((key) => parseParagraphKey(key)?.report !== null, 'a paragraph key that names its report'),
);
const LinkWording = {
  /** A position names its report: `apr3@zero:29e` or `apr3:29e`, never `?:29e`. */
  key: LinkKey,
  /**
   * The report's own words the position concerns, as the source quotes them: how the paragraph
   * is found in other versions. null where the source does not quote the report.
   */
  quote: v.nullable(v.string()),
  /**
   * ICT4Peace's paraphrase of the paragraph where the report's own wording is not known: kept
   * apart from `quote` so that it is never used to place the position in another version.
   */
  paraphrase: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))),
};

/** The publication names the paragraph: `cites` holds its own short words that do ("para 29 e"). */
export const CitedLinkSchema = v.object({
  kind: v.literal('cited'),
  ...LinkWording,
  cites: NonEmpty,
});

/** An editor relates the publication to the paragraph: `reason` says why, in one line. */
export const TopicalLinkSchema = v.object({
  kind: v.literal('topical'),
  ...LinkWording,
  reason: NonEmpty,
});

/** How a position rests on a paragraph (docs/architecture.md, rule 7: cited is not topical). */
export const ParagraphRefSchema = v.variant('kind', [CitedLinkSchema, TopicalLinkSchema]);
export const LINK_KINDS = ['cited', 'topical'] as const;

export const PositionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens')),
  organisation: NonEmpty,
  title: NonEmpty,
  /** null where no source read shows the date (an inferred date is left out, not guessed). */
  date: v.nullable(Day),
  /** The date is deduced from what the sources show around it, not stated by the publication. */
  dateApproximate: v.boolean(),
  /** null where the publication is known only from its text. */
  sourceUrl: v.nullable(Url),
  sourceTitle: NonEmpty,
  /** ICT4Peace's own words. */
  quote: v.string(),
  /** Our summary, in our own words. */
  summary: NonEmpty,
  themes: v.pipe(v.array(v.picklist(THEMES)), v.minLength(1, 'at least one theme')),
  paragraphs: v.array(ParagraphRefSchema),
});

export const SectionSchema = v.object({
  /**
   * The heading as the report prints it ("A. Overview"), or without its letter where the source
   * names the section only by its subject ("International law"); null where it gives neither.
   */
  heading: v.nullable(NonEmpty),
  /** The first and last paragraph under the heading; `last` null where no source shows where it ends. */
  paragraphs: v.nullable(v.object({ first: v.number(), last: v.nullable(v.number()) })),
  /** What the section holds, in our words. */
  about: NonEmpty,
  /** The themes the section covers: how a paragraph under it is offered positions on its topic. */
  themes: v.optional(v.array(v.picklist(THEMES)), []),
  /** The version the fact was read on. */
  version: NonEmpty,
  source: Url,
});

const PerLanguage = <T extends v.GenericSchema>(schema: T) =>
  v.object({ en: schema, fr: schema, es: schema, ru: schema, ar: schema, zh: schema });

export const ReportSchema = v.object({
  id: v.picklist(REPORT_IDS),
  ordinal: v.nullable(v.number()),
  year: v.number(),
  symbols: v.array(NonEmpty),
  titles: PerLanguage(NonEmpty),
  aliases: PerLanguage(v.array(NonEmpty)),
  /** `date` is null where no source read gives it. */
  versions: v.array(v.object({ label: NonEmpty, date: v.nullable(Day), title: NonEmpty })),
  /**
   * Pages that are this report, for recognising a report page: patterns for the whole URL
   * without its query and fragment, `*` standing for any run of characters.
   */
  urls: v.optional(v.array(NonEmpty), []),
  /** Facts about the report's structure that a source read confirms; nothing unverified. */
  sections: v.optional(v.array(SectionSchema), []),
  /** The report's paragraph texts, where the dataset has them. */
  paragraphs: v.optional(
    v.array(v.object({ version: NonEmpty, para: v.number(), sub: v.nullable(v.string()), heading: v.nullable(v.string()), text: NonEmpty })),
    [],
  ),
});

export const MetaSchema = v.object({
  datasetVersion: NonEmpty,
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest')),
  schemaVersion: v.number(),
});

/** Ids that occur more than once: a second record with the same id would silently replace the first. */
const uniqueIds = (records: readonly { id: string }[]) => {
  const seen = new Set<string>();
  return records.every((record) => !seen.has(record.id) && Boolean(seen.add(record.id)));
};

export const DatasetSchema = v.object({
  meta: MetaSchema,
  reports: v.pipe(v.array(ReportSchema), v.check((reports) => uniqueIds(reports), 'every report id must be unique')),
  positions: v.pipe(v.array(PositionSchema), v.check((positions) => uniqueIds(positions), 'every position id must be unique')),
});

export const NoteSchema = v.pipe(
  v.object({
    id: NonEmpty,
    // Optional in an import file, always present (null or a value) once read.
    paragraphKey: v.optional(v.nullable(ParagraphKey), null),
    pageUrl: v.optional(v.nullable(v.string()), null),
    /** The text the note was written on, where it was written on a selection. */
    quote: v.optional(v.nullable(v.string()), null),
    body: v.string(),
    tags: v.array(NonEmpty),
    created: Timestamp,
    updated: Timestamp,
  }),
  v.check((note) => note.paragraphKey !== null || note.pageUrl !== null, 'a note belongs to a paragraph, a page, or both'),
);

export const NotesExportSchema = v.object({
  format: v.literal('apr-lens-notes'),
  version: v.literal(1),
  exported: Timestamp,
  notes: v.array(NoteSchema),
});

export type Position = v.InferOutput<typeof PositionSchema>;
export type ParagraphRef = v.InferOutput<typeof ParagraphRefSchema>;
export type CitedLink = v.InferOutput<typeof CitedLinkSchema>;
export type TopicalLink = v.InferOutput<typeof TopicalLinkSchema>;
export type LinkKind = ParagraphRef['kind'];
export type ReportSection = v.InferOutput<typeof SectionSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
export type NotesExport = v.InferOutput<typeof NotesExportSchema>;
export type Theme = (typeof THEMES)[number];

/** A valibot failure as one line a person can act on: where, and what was expected. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

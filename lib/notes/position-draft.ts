/**
 * "Suggest as a position": a reader's note written out as a dataset/positions/*.md file for an
 * editor to finish and commit. Filled from the note: the paragraph, the page's address and
 * title, the text the note was written on and the note itself. Left to the editor, marked
 * EDITOR and refused by the dataset build until done: the title, the publication's own date,
 * the themes, whether the link is cited or topical, and how the entry was verified.
 */
import type { Note } from '../data/schema';
import { parseParagraphKey, type ReportId } from '../paragraph-key';

export interface PositionDraft {
  filename: string;
  markdown: string;
}

export interface DraftContext {
  /** The title of the page the note was written on, where the view knows it. */
  pageTitle?: string | null | undefined;
  /** Today, YYYY-MM-DD: when the suggestion was made. */
  today: string;
}

/** Report names the reference detector reads, so that the dataset build turns the ref back into the same key. */
const REPORT_NAMES: Record<ReportId, string> = {
  apr1: '1st APR',
  apr2: '2nd APR',
  apr3: '3rd APR',
  final: 'Final Report',
};

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const yaml = (text: string) => JSON.stringify(text);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function positionDraftFromNote(note: Note, context: DraftContext): PositionDraft {
  const slug = note.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24).replace(/^-+|-+$/g, '') || 'note';
  const id = `suggested-${context.today}-${slug}`;
  const url = note.pageUrl && isHttps(note.pageUrl) ? note.pageUrl : null;
  const lines = [
    '---',
    `# Suggested from a reader's note on ${context.today}. Lines marked EDITOR are yours to fill;`,
    '# the dataset build refuses the file until they are (see dataset/README.md).',
    `id: ${id}`,
    'title: "" # EDITOR: the publication\'s title',
    'date: null # EDITOR: the publication\'s own date, as it prints it (null if it shows none)',
    url ? `source_url: ${yaml(url)}` : `source_url: null # EDITOR: the publication's https address${pageNamed(note.pageUrl)}`,
    `source_title: ${yaml(oneLine(context.pageTitle ?? '') || 'EDITOR: the title the source gives itself')}`,
    'themes: [] # EDITOR: from the list in dataset/README.md',
    ...paragraphLines(note.paragraphKey),
    ...(hasQuote(note)
      ? [
          '# EDITOR: the Quote below is the text the note was written on: keep it only if it is',
          "# ICT4Peace's own words, verbatim, never a UN report's.",
        ]
      : []),
    'verified: "" # EDITOR: how the entry was checked against its source',
    '---',
    '## Summary',
    '',
    oneLine(note.body) ? note.body.trim() : 'EDITOR: what the publication says, in our own words.',
    '',
  ];
  if (hasQuote(note)) lines.push('## Quote', '', oneLine(note.quote!), '');
  return { filename: `${id}.md`, markdown: lines.join('\n') };
}

function paragraphLines(key: string | null): string[] {
  const address = key ? parseParagraphKey(key) : null;
  if (!address?.report) return ['paragraphs: []'];
  const ref = `para ${address.para}${address.sub ? ` (${address.sub})` : ''} of the ${REPORT_NAMES[address.report]}`;
  return [
    'paragraphs:',
    `  - ref: ${yaml(ref)}`,
    ...(address.version ? [`    version: ${address.version}`] : []),
    '    # EDITOR: cited: "<the publication\'s own words naming the paragraph>",',
    '    # or topical: "<why it is on its topic>"',
    '    quote: null',
  ];
}

const pageNamed = (pageUrl: string | null) => (pageUrl ? ` (the note's page: ${yaml(pageUrl)})` : '');

const hasQuote = (note: Note) => Boolean(note.quote && oneLine(note.quote));

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

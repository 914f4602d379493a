/**
 * Notes as a readable Markdown document: by report, then paragraph, each paragraph with
 * ICT4Peace's positions on it (and their sources) beside the user's notes; notes on whole
 * pages at the end. What the user or a file wrote is text, not Markdown: it shows as written,
 * line breaks and paragraphs included, and no address becomes a link unless it is http(s).
 */
import type { Note, Position } from '../data/schema';
import { formatDay, formatMoment } from '../format-date';
import { t } from '../i18n';
import { parseParagraphKey, REPORT_IDS, withoutVersion } from '../paragraph-key';
import { paragraphLabel, reportLabel } from '../paragraph-label';
import { webAddress } from '../web-address';

export type MarkdownPosition = Pick<Position, 'id' | 'title' | 'date' | 'summary' | 'sourceUrl' | 'sourceTitle'>;

/** `positions` holds ICT4Peace's positions by version-less paragraph key (`apr3:29e`). */
export function notesToMarkdown(notes: Note[], positions: Record<string, MarkdownPosition[]>, now = new Date()): string {
  const out: string[] = [`# ${t('exportMarkdownTitle')}`, '', `_${t('exportMarkdownDate', [formatMoment(now.toISOString())])}_`, ''];
  const onParagraphs = notes.filter((note) => note.paragraphKey !== null);
  for (const report of [...REPORT_IDS, null]) {
    const ofReport = onParagraphs.filter((note) => parseParagraphKey(note.paragraphKey!)?.report === report);
    if (ofReport.length === 0) continue;
    out.push(`## ${reportLabel(report)}`, '');
    for (const [key, group] of groupBy(ofReport.sort(byParagraph), (note) => note.paragraphKey!)) {
      out.push(`### ${paragraphLabel(key)}`, '');
      const theirs = positions[withoutVersion(key)] ?? [];
      if (theirs.length > 0) {
        out.push(`**${t('exportIct4PeacePositions')}**`, '');
        for (const position of theirs) out.push(positionLine(position));
        out.push('');
      }
      out.push(`**${t('exportYourNotes')}**`, '');
      for (const note of group) out.push(...noteBlock(note));
    }
  }
  const onPages = notes.filter((note) => note.paragraphKey === null);
  if (onPages.length > 0) {
    out.push(`## ${t('exportPageNotes')}`, '');
    for (const group of groupBy(onPages, (note) => note.pageUrl ?? '').values()) {
      out.push(`### ${pageLink(group[0]!)}`, '');
      for (const note of group) out.push(...noteBlock(note));
    }
  }
  if (notes.length === 0) out.push(t('notesEmpty'), '');
  return out.join('\n');
}

function positionLine(position: MarkdownPosition): string {
  const title = link(inline(position.title), position.sourceUrl);
  const source = [inline(position.sourceTitle), position.date ? formatDay(position.date) : ''].filter(Boolean).join(', ');
  return `- ${title} (${source}): ${inline(position.summary)}`;
}

function noteBlock(note: Note): string[] {
  const lines: string[] = [];
  if (note.quote) lines.push(`> ${inline(note.quote)}`, '');
  lines.push(note.body.trim() ? asWritten(note.body) : `_${t('noteEmptyBody')}_`, '');
  const facts = [t('noteCreated', [formatMoment(note.created)]), t('noteUpdated', [formatMoment(note.updated)])];
  if (note.tags.length > 0) facts.push(t('noteTagsList', [note.tags.map(inline).join(', ')]));
  if (note.paragraphKey && note.pageUrl) facts.push(t('noteOnPage', [pageLink(note)]));
  lines.push(`_${facts.join(' · ')}_`, '', '---', '');
  return lines;
}

/** The note's page as a link titled with the page's title, where it is a web address. */
function pageLink(note: Note): string {
  const url = note.pageUrl ?? '';
  return link(inline(note.pageTitle || url), url);
}

/** `[text](<url>)` for an http(s) address (in its parsed form, which escapes `<`, `>` and spaces); else the text. */
function link(text: string, url: string | null): string {
  const address = webAddress(url);
  return address ? `[${text}](<${address.href}>)` : text;
}

/** Characters Markdown reads as syntax anywhere in a line, and entity references. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~&#]/g;
/** What starts a block at the beginning of a line: headings, quotes, lists, rules, setext lines. */
const BLOCK_START = /^([-+=]|\d+(?=[.)]))/;

/** A line of text, escaped; its indentation goes, which Markdown would read as code. */
function escapeLine(line: string): string {
  const text = line.replace(INLINE_SYNTAX, '\\$&').replace(/^\s+/, '');
  return text.replace(BLOCK_START, (mark: string) => (/^\d/.test(mark) ? `${mark}\\` : `\\${mark}`));
}

/** One-line text from the dataset or the user. */
function inline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/** A note's text as the user wrote it: its lines (hard breaks) and its paragraphs (blank lines). */
function asWritten(text: string): string {
  return text
    .trim()
    .split(/\r?\n(?:[ \t]*\r?\n)+/)
    .map((paragraph) => paragraph.split(/\r?\n/).map(escapeLine).join('\\\n'))
    .join('\n\n');
}

function byParagraph(a: Note, b: Note): number {
  const x = parseParagraphKey(a.paragraphKey!);
  const y = parseParagraphKey(b.paragraphKey!);
  if (!x || !y) return 0;
  return x.para - y.para || (x.sub ?? '').localeCompare(y.sub ?? '') || (x.version ?? '').localeCompare(y.version ?? '') || a.created.localeCompare(b.created);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

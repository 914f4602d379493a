/**
 * Notes as a readable Markdown document: by report, then paragraph, each paragraph with
 * ICT4Peace's positions on it beside the user's notes; notes on whole pages at the end.
 */
import type { Note, Position } from '../data/schema';
import { t } from '../i18n';
import { parseParagraphKey, REPORT_IDS, withoutVersion } from '../paragraph-key';
import { paragraphLabel, reportLabel } from '../paragraph-label';

export type MarkdownPosition = Pick<Position, 'id' | 'title' | 'date' | 'summary' | 'sourceUrl'>;

/** `positions` holds ICT4Peace's positions by version-less paragraph key (`apr3:29e`). */
export function notesToMarkdown(notes: Note[], positions: Record<string, MarkdownPosition[]>, now = new Date()): string {
  const out: string[] = [`# ${t('exportMarkdownTitle')}`, '', `_${t('exportMarkdownDate', [now.toISOString().slice(0, 10)])}_`, ''];
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
    for (const [url, group] of groupBy(onPages, (note) => note.pageUrl ?? '')) {
      out.push(`### <${url}>`, '');
      for (const note of group) out.push(...noteBlock(note));
    }
  }
  if (notes.length === 0) out.push(t('notesEmpty'), '');
  return out.join('\n');
}

function positionLine(position: MarkdownPosition): string {
  const title = inline(position.title);
  const linked = position.sourceUrl ? `[${title}](<${position.sourceUrl}>)` : title;
  return `- ${linked}${position.date ? ` (${position.date})` : ''}: ${inline(position.summary)}`;
}

function noteBlock(note: Note): string[] {
  const lines: string[] = [];
  if (note.quote) lines.push(`> ${inline(note.quote)}`, '');
  lines.push(note.body.trim() ? escapeHtml(note.body.trim()) : `_${t('noteEmptyBody')}_`, '');
  const facts = [t('noteCreated', [note.created]), t('noteUpdated', [note.updated])];
  if (note.tags.length > 0) facts.push(t('noteTagsList', [note.tags.map(inline).join(', ')]));
  if (note.paragraphKey && note.pageUrl) facts.push(t('noteOnPage', [`<${note.pageUrl}>`]));
  lines.push(`_${facts.join(' · ')}_`, '', '---', '');
  return lines;
}

/** One-line text from the dataset or the user, shown as text rather than read as Markdown. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A note's body stays Markdown the user may have written, but no raw HTML. */
function escapeHtml(text: string): string {
  return text.replace(/</g, '\\<');
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

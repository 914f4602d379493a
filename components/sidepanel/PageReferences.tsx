/**
 * Every APR reference on the current tab, by report and paragraph, each with ICT4Peace's
 * positions; choosing a mention scrolls the page to it. Positions that could not be placed
 * on this version of a report are listed apart.
 */
import type { Note, Position } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { listedInPart, type PageSummary } from '../../lib/page/page-summary';
import { parseParagraphKey, REPORT_IDS, type ReportId } from '../../lib/paragraph-key';
import { paragraphLabel, reportLabel } from '../../lib/paragraph-label';
import { sameParagraph } from '../../lib/paragraph-match';
import { PositionList } from '../PositionCard';
import { NoteItem } from './NoteItem';

export interface PageReferencesProps {
  summary: PageSummary | null;
  positions: Map<string, Position>;
  notes: Note[];
  onReveal(target: { id: number } | { key: string }): void;
  onAddNote(key: string | null): void;
  onEdit(note: Note): void;
}

interface ParagraphGroup {
  key: string;
  /** The page's mentions of it; none for a report page's own paragraph. */
  mentions: { id: number; surface: string }[];
  positionIds: string[];
}

export function PageReferences({ summary, positions, notes, onReveal, onAddNote, onEdit }: PageReferencesProps) {
  if (!summary) {
    return (
      <section class="page-references" aria-labelledby="page-heading">
        <h2 id="page-heading">{t('panelThisPage')}</h2>
        <p class="empty">{t('panelNotAnnotated')}</p>
      </section>
    );
  }
  const groups = groupByParagraph(summary);
  const resolve = (ids: string[]) => ids.flatMap((id) => positions.get(id) ?? []);
  const pageNotes = notes.filter((note) => note.paragraphKey === null && note.pageUrl === summary.url);
  const notesOn = (key: string) => notes.filter((note) => note.paragraphKey !== null && sameParagraph(note.paragraphKey, key));
  const unplaced = unplacedByKey(summary);
  const titleOf = (note: Note) => (note.pageUrl === summary.url ? summary.title : undefined);
  return (
    <section class="page-references" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('panelThisPage')}</h2>
      <p class="page-title">{summary.title || summary.url}</p>
      {groups.size === 0 && <p class="empty">{t('panelNoReferences')}</p>}
      {listedInPart(summary) && <p class="note">{t('panelListedInPart', [summary.references.length, summary.referenceCount])}</p>}
      {[...groups].map(([report, paragraphs]) => (
        <section key={report ?? 'unknown'} class="report-group" aria-label={reportLabel(report)}>
          <h3>{reportLabel(report)}</h3>
          {paragraphs.map((group) => (
            <article key={group.key} class="paragraph-group" aria-label={paragraphLabel(group.key)}>
              <h4>{paragraphLabel(group.key)}</h4>
              <div class="actions">
                {group.mentions.length === 0 ? (
                  <button type="button" onClick={() => onReveal({ key: group.key })}>
                    {t('panelShowOnPage')}
                  </button>
                ) : (
                  group.mentions.map((mention, i) => (
                    <button key={mention.id} type="button" onClick={() => onReveal({ id: mention.id })} aria-label={t('panelShowMention', [i + 1, mention.surface])}>
                      “{mention.surface}”
                    </button>
                  ))
                )}
                <button type="button" onClick={() => onAddNote(group.key)}>
                  {t('cardAddNote')}
                </button>
              </div>
              <PositionList positions={resolve(group.positionIds)} paragraphKey={group.key} />
              {notesOn(group.key).map((note) => (
                <NoteItem key={note.id} note={note} onEdit={onEdit} pageTitle={titleOf(note)} />
              ))}
            </article>
          ))}
        </section>
      ))}
      {unplaced.size > 0 && (
        <section class="unplaced" aria-labelledby="unplaced-heading">
          <h3 id="unplaced-heading">{t('panelNotFoundInVersion')}</h3>
          <p class="hint">{t('panelNotFoundExplain')}</p>
          {[...unplaced].map(([key, ids]) => (
            <article key={key} class="paragraph-group" aria-label={paragraphLabel(key)}>
              <h4>{paragraphLabel(key)}</h4>
              <PositionList positions={resolve(ids)} paragraphKey={key} />
            </article>
          ))}
        </section>
      )}
      <section class="page-notes" aria-labelledby="page-notes-heading">
        <h3 id="page-notes-heading">{t('panelPageNotes')}</h3>
        {pageNotes.length === 0 && <p class="empty">{t('panelNoPageNotes')}</p>}
        {pageNotes.map((note) => (
          <NoteItem key={note.id} note={note} onEdit={onEdit} pageTitle={titleOf(note)} />
        ))}
        <button type="button" onClick={() => onAddNote(null)}>
          {t('panelAddPageNote')}
        </button>
      </section>
    </section>
  );
}

/** Paragraphs by report (in the reports' order, unknown last), each in page order. */
function groupByParagraph(summary: PageSummary): Map<ReportId | null, ParagraphGroup[]> {
  const byKey = new Map<string, ParagraphGroup>();
  for (const reference of summary.references) {
    const group = byKey.get(reference.key) ?? { key: reference.key, mentions: [], positionIds: [] };
    group.mentions.push({ id: reference.id, surface: reference.surface });
    group.positionIds = [...new Set([...group.positionIds, ...reference.positionIds])];
    byKey.set(reference.key, group);
  }
  for (const paragraph of summary.paragraphs) {
    const group = byKey.get(paragraph.key) ?? { key: paragraph.key, mentions: [], positionIds: [] };
    group.positionIds = [...new Set([...group.positionIds, ...paragraph.positionIds])];
    byKey.set(paragraph.key, group);
  }
  const byReport = new Map<ReportId | null, ParagraphGroup[]>();
  for (const report of [...REPORT_IDS, null]) {
    const groups = [...byKey.values()].filter((group) => (parseParagraphKey(group.key)?.report ?? null) === report);
    if (groups.length > 0) byReport.set(report, groups);
  }
  return byReport;
}

function unplacedByKey(summary: PageSummary): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { key, positionId } of summary.unplaced) byKey.set(key, [...(byKey.get(key) ?? []), positionId]);
  return byKey;
}

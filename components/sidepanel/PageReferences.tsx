/**
 * Every APR reference on the current tab, by report and paragraph: each paragraph once, with
 * how often the page mentions it, collapsed; opened, its positions, notes and each mention
 * with the words around it, choosing one scrolls the page to it. Only the rows in view are
 * drawn (a 1 MB page mentions one paragraph thousands of times). Positions that could not be
 * placed on this version of a report are listed apart.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Note, Position } from '../../lib/data/schema';
import { t, tp } from '../../lib/i18n';
import { listedInPart, type PageSummary, type SummaryReference } from '../../lib/page/page-summary';
import { parseParagraphKey, REPORT_IDS } from '../../lib/paragraph-key';
import { paragraphLabel } from '../../lib/paragraph-label';
import { sameParagraph } from '../../lib/paragraph-match';
import { ParagraphText } from '../ParagraphText';
import { PositionList } from '../PositionCard';
import { VirtualList } from '../VirtualList';
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
  /** The page's mentions of it, one reference each; none for a report page's own paragraph. */
  mentions: SummaryReference[];
  positionIds: string[];
}

/** Heights assumed for rows not yet drawn. */
const ROW_HEIGHT_PX = 44;
const MENTION_HEIGHT_PX = 52;

export function PageReferences({ summary, positions, notes, onReveal, onAddNote, onEdit }: PageReferencesProps) {
  const groups = useMemo(() => (summary ? groupsOf(summary) : []), [summary]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const unplaced = useMemo(() => (summary ? unplacedByKey(summary) : new Map<string, string[]>()), [summary]);
  const paragraphNotes = useMemo(() => notes.filter((note) => note.paragraphKey !== null), [notes]);
  if (!summary) {
    return (
      <section class="page-references" aria-labelledby="page-heading">
        <h2 id="page-heading">{t('panelThisPage')}</h2>
        <p class="empty">{t('panelNotAnnotated')}</p>
      </section>
    );
  }
  const resolve = (ids: string[]) => ids.flatMap((id) => positions.get(id) ?? []);
  const pageNotes = notes.filter((note) => note.paragraphKey === null && note.pageUrl === summary.url);
  const notesOn = (key: string) => paragraphNotes.filter((note) => sameParagraph(note.paragraphKey!, key));
  const titleOf = (note: Note) => (note.pageUrl === summary.url ? summary.title : undefined);
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  // The label names the report: the list needs no report headings, which scrolling would leave out of the drawn rows.
  const renderGroup = (group: ParagraphGroup) => {
    const label = paragraphLabel(group.key);
    const expanded = open.has(group.key);
    const onIt = notesOn(group.key);
    const counts = [
      group.mentions.length > 0 ? tp('panelMentionCount', group.mentions.length) : null,
      tp('positionCount', group.positionIds.length),
      onIt.length > 0 ? tp('panelNoteCount', onIt.length) : null,
    ].filter(Boolean);
    const detailsId = `paragraph-${group.key.replace(/[^a-z0-9]/gi, '-')}`;
    return (
      <article class="paragraph-group" aria-label={label}>
        <h3>
          <button type="button" class="disclosure" aria-expanded={expanded} aria-controls={detailsId} onClick={() => toggle(group.key)}>
            <span class="paragraph-name">{label}</span> <span class="paragraph-counts">{counts.join(' · ')}</span>
          </button>
        </h3>
        {expanded && (
          <div id={detailsId}>
            <ParagraphText paragraphKey={group.key} />
            <div class="actions">
              {group.mentions.length === 0 && (
                <button type="button" onClick={() => onReveal({ key: group.key })}>
                  {t('panelShowOnPage')}
                </button>
              )}
              <button type="button" onClick={() => onAddNote(group.key)}>
                {t('cardAddNote')}
              </button>
            </div>
            <PositionList positions={resolve(group.positionIds)} paragraphKey={group.key} />
            {onIt.map((note) => (
              <NoteItem key={note.id} note={note} onEdit={onEdit} pageTitle={titleOf(note)} />
            ))}
            {group.mentions.length > 0 && (
              <VirtualList
                class="mentions"
                label={t('panelMentionsList', [label])}
                items={group.mentions}
                keyOf={(mention) => String(mention.id)}
                estimate={MENTION_HEIGHT_PX}
                render={(mention) => (
                  <button type="button" class="mention" onClick={() => onReveal({ id: mention.id })}>
                    {mention.before}
                    <mark>{mention.surface}</mark>
                    {mention.after}
                  </button>
                )}
              />
            )}
          </div>
        )}
      </article>
    );
  };

  return (
    <section class="page-references" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('panelThisPage')}</h2>
      <p class="page-title">{summary.title || summary.url}</p>
      {groups.length === 0 && <p class="empty">{t('panelNoReferences')}</p>}
      {listedInPart(summary) && <p class="note">{t('panelListedInPart', [summary.references.length, summary.referenceCount])}</p>}
      {groups.length > 0 && (
        <VirtualList
          class="references"
          label={t('panelReferencesList')}
          items={groups}
          keyOf={(group) => group.key}
          estimate={ROW_HEIGHT_PX}
          render={renderGroup}
        />
      )}
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

/**
 * The paragraphs, by report (in the reports' order, unknown last), each report's in the order
 * the page first mentions them, a report page's own after them in document order; a range's
 * references each count once for their own paragraph.
 */
function groupsOf(summary: PageSummary): ParagraphGroup[] {
  const byKey = new Map<string, ParagraphGroup & { mentionIds: Set<number>; positionSet: Set<string> }>();
  const groupOf = (key: string) => {
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { key, mentions: [], positionIds: [], mentionIds: new Set(), positionSet: new Set() }));
    return group;
  };
  for (const reference of summary.references) {
    const group = groupOf(reference.key);
    if (!group.mentionIds.has(reference.mention)) {
      group.mentionIds.add(reference.mention);
      group.mentions.push(reference);
    }
    for (const id of reference.positionIds) group.positionSet.add(id);
  }
  for (const paragraph of summary.paragraphs) {
    const group = groupOf(paragraph.key);
    for (const id of paragraph.positionIds) group.positionSet.add(id);
  }
  const reportOf = (key: string) => parseParagraphKey(key)?.report ?? null;
  return [...REPORT_IDS, null].flatMap((report) =>
    [...byKey.values()]
      .filter((group) => reportOf(group.key) === report)
      .map(({ key, mentions, positionSet }) => ({ key, mentions, positionIds: [...positionSet] })),
  );
}

function unplacedByKey(summary: PageSummary): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { key, positionId } of summary.unplaced) byKey.set(key, [...(byKey.get(key) ?? []), positionId]);
  return byKey;
}

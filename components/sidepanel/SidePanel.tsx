/**
 * The side panel: the current tab's APR references with ICT4Peace's positions, the note
 * editor, and every note with export and import. Reads the database directly
 * (docs/architecture.md, rule 2) and stays current through the tab's stored state and the notes channel.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { positionsById } from '../../lib/data/lookup';
import type { Note, Position } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { deleteNote, listNotes, restoreNote } from '../../lib/notes/note-store';
import { openNotesChannel, type NotesChannel } from '../../lib/notes/notes-channel';
import { useViewedTab } from '../use-viewed-tab';
import { ExportImport } from './ExportImport';
import { NoteEditor, type EditorSubject } from './NoteEditor';
import { NotesBrowser } from './NotesBrowser';
import { PageReferences } from './PageReferences';
import { browserSidePanelServices, type SidePanelServices, type StoredTarget } from './sidepanel-services';
import { errorMessage } from '../../lib/result';

export interface SidePanelProps {
  database: Promise<Database>;
  services?: SidePanelServices;
  /** Follow the active tab (a real side panel) or stay on one tab (`?tab=`). */
  followActiveTab?: boolean;
  autosaveMs?: number;
}

interface Editing {
  subject: EditorSubject;
  /** Remounts the editor for each new subject, so that the previous one saves and goes. */
  id: number;
}

export function SidePanel({ database, services = browserSidePanelServices, followActiveTab = true, autosaveMs }: SidePanelProps) {
  const [db, setDb] = useState<Database | null>(null);
  const [failure, setFailure] = useState('');
  const [notes, setNotes] = useState<Note[]>([]);
  const [positions, setPositions] = useState<Map<string, Position>>(new Map());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [external, setExternal] = useState(0);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [notice, setNotice] = useState('');
  const channel = useRef<NotesChannel | null>(null);
  const editingRef = useRef(editing);
  editingRef.current = editing;
  const { tabId, summary } = useViewedTab(services, followActiveTab);

  useEffect(() => {
    database.then(setDb, (error: unknown) => setFailure(t('databaseFailed', [errorMessage(error)])));
  }, [database]);

  const reload = useCallback(async () => {
    if (!db) return;
    try {
      setNotes(await listNotes(db));
    } catch (error) {
      setFailure(t('notesReadFailed', [errorMessage(error)]));
    }
  }, [db]);

  // Notes written in other views: re-read them, and tell an open editor on one of them.
  useEffect(() => {
    if (!db) return;
    void reload();
    channel.current = openNotesChannel(({ ids }) => {
      void reload();
      const open = editingRef.current?.subject;
      if (open?.kind === 'existing' && ids.includes(open.note.id)) setExternal((n) => n + 1);
    });
    return () => channel.current?.close();
  }, [db, reload]);

  // The positions the tab's references carry.
  useEffect(() => {
    if (!db || !summary) return;
    const ids = [
      ...summary.references.flatMap((reference) => reference.positionIds),
      ...summary.paragraphs.flatMap((paragraph) => paragraph.positionIds),
      ...summary.unplaced.map((entry) => entry.positionId),
    ];
    void positionsById(db, [...new Set(ids)]).then((found) => setPositions(new Map(found.map((position) => [position.id, position]))));
  }, [db, summary]);

  const edit = (subject: EditorSubject) => setEditing({ subject, id: Date.now() + Math.random() });

  // "Add note" on a card, the context menu on a selection, a note chosen in the popup.
  useEffect(() => {
    if (!db) return;
    const openTarget = async (target: StoredTarget) => {
      if (!target.noteId) {
        edit({ kind: 'new', paragraphKey: target.key, pageUrl: target.pageUrl || null, quote: target.quote ?? null });
        return;
      }
      const note = await db.get('notes', target.noteId);
      if (note) edit({ kind: 'existing', note });
    };
    void services.recentTarget().then((target) => target && openTarget(target));
    return services.watchTarget((target) => void openTarget(target));
  }, [db, services]);

  const saved = (note: Note) => {
    setNotes((current) => [note, ...current.filter((other) => other.id !== note.id)]);
    // The editor now holds a stored note: later edits are checked against it.
    setEditing((current) => (current && current.subject.kind === 'new' ? { ...current, subject: { kind: 'existing', note } } : current));
    channel.current?.announce({ ids: [note.id] });
  };

  const remove = async (note: Note) => {
    if (!db) return;
    const result = await deleteNote(db, note.id);
    if (!result.ok) {
      setNotice(result.message);
      return;
    }
    setEditing(null);
    setDeleted(note);
    setNotice('');
    setNotes((current) => current.filter((other) => other.id !== note.id));
    channel.current?.announce({ ids: [note.id] });
  };

  const undo = async () => {
    if (!db || !deleted) return;
    const result = await restoreNote(db, deleted);
    setNotice(result.ok ? '' : result.message);
    if (result.ok) {
      channel.current?.announce({ ids: [deleted.id] });
      setDeleted(null);
      await reload();
    }
  };

  const reveal = (target: { id: number } | { key: string }) => {
    if (tabId === null) return;
    services.reveal(tabId, target).catch(() => setNotice(t('panelRevealFailed')));
  };

  return (
    <main class="sidepanel">
      <h1>{t('extName')}</h1>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p class="error" role="alert">
          {notice}
        </p>
      )}
      {deleted && (
        <div class="undo" role="status">
          <span>{t('noteDeleted')}</span>
          <button type="button" onClick={() => void undo()}>
            {t('undo')}
          </button>
          <button type="button" onClick={() => setDeleted(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
      {db && editing && (
        <NoteEditor
          key={editing.id}
          db={db}
          subject={editing.subject}
          externalChange={external}
          onSaved={saved}
          onDelete={(note) => void remove(note)}
          onClose={() => setEditing(null)}
          autosaveMs={autosaveMs}
        />
      )}
      <PageReferences
        summary={summary}
        positions={positions}
        notes={notes}
        onReveal={reveal}
        onAddNote={(key) => edit({ kind: 'new', paragraphKey: key, pageUrl: summary?.url ?? null, quote: null })}
        onEdit={(note) => edit({ kind: 'existing', note })}
      />
      <NotesBrowser notes={notes} onEdit={(note) => edit({ kind: 'existing', note })}>
        {db && (
          <ExportImport
            db={db}
            notes={notes}
            download={services.download}
            onImported={(ids) => {
              channel.current?.announce({ ids });
              void reload();
            }}
          />
        )}
      </NotesBrowser>
    </main>
  );
}

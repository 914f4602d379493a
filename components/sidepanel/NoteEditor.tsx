/**
 * Writing one note. Saves itself while the user types (debounced) and when the editor
 * closes; a write that fails keeps the text here and says so; a note changed meanwhile in
 * another view is not overwritten: both versions are shown and the user chooses.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { debounce } from '../../lib/notes/debounce';
import { forgetEdit, rescueEdit } from '../../lib/notes/draft-rescue';
import { createNote, updateNote, type NoteDraft, type SaveResult } from '../../lib/notes/note-store';
import { formatTags, parseTags } from '../../lib/notes/tags';
import { paragraphLabel } from '../../lib/paragraph-label';
import { NotePage } from './NotePage';
import { NoteTimes } from './NoteTimes';

/** What the editor is about: a stored note, or a new one on a paragraph and/or page. */
export type EditorSubject =
  | { kind: 'existing'; note: Note }
  | { kind: 'new'; paragraphKey: string | null; pageUrl: string | null; pageTitle: string | null; quote: string | null };

export interface NoteEditorProps {
  db: Database;
  subject: EditorSubject;
  /** Bumped when another view changed this note: re-read it if nothing here is unsaved. */
  externalChange: number;
  onSaved(note: Note): void;
  onDelete(note: Note): void;
  onClose(): void;
  /** Whether the editor holds text not yet stored: the side panel then leaves it in place. */
  onUnsaved?(unsaved: boolean): void;
  autosaveMs?: number;
}

type Status = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

const AUTOSAVE_MS = 700;

export function NoteEditor(props: NoteEditorProps) {
  const { db, subject, externalChange, onSaved, onDelete, onClose, onUnsaved, autosaveMs = AUTOSAVE_MS } = props;
  const initial = subject.kind === 'existing' ? subject.note : null;
  const [base, setBase] = useState<Note | null>(initial);
  const [body, setBody] = useState(initial?.body ?? '');
  const [tagsText, setTagsText] = useState(formatTags(initial?.tags ?? []));
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const [conflict, setConflict] = useState<Note | null>(null);
  /** "Done" was pressed during a conflict: close once the user has chosen a version. */
  const [closeAfterChoice, setCloseAfterChoice] = useState(false);

  // The save runs outside render: it reads the latest values through refs.
  const latest = useRef({ base, body, tagsText, conflict });
  latest.current = { base, body, tagsText, conflict };
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const dirty = useRef(false);
  const editorId = useMemo(() => crypto.randomUUID(), []);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const where = subject.kind === 'existing' ? subject.note : subject;

  const draftNow = (): NoteDraft => ({
    paragraphKey: where.paragraphKey,
    pageUrl: where.pageUrl,
    pageTitle: where.pageTitle ?? null,
    quote: where.quote,
    body: latest.current.body,
    tags: parseTags(latest.current.tagsText),
  });

  const handle = (result: SaveResult, draft: NoteDraft) => {
    if (result.status === 'saved') {
      forgetEdit(localStorage, editorId);
      setBase(result.note);
      latest.current.base = result.note;
      // Still dirty if the user typed on while this was being written.
      dirty.current = draft.body !== latest.current.body || formatTags(draft.tags) !== formatTags(parseTags(latest.current.tagsText));
      setStatus(dirty.current ? 'pending' : 'saved');
      setError('');
      saved.current(result.note);
    } else if (result.status === 'conflict') {
      setConflict(result.stored);
      setStatus('conflict');
    } else if (result.status === 'failed') {
      setError(result.message);
      setStatus('failed');
    }
  };

  const save = () => {
    chain.current = chain.current.then(async () => {
      if (!dirty.current || latest.current.conflict) return;
      const draft = draftNow();
      const current = latest.current.base;
      if (!current && !draft.body.trim() && draft.tags.length === 0) return;
      setStatus('saving');
      let result = current ? await updateNote(db, current, draft) : await createNote(db, draft);
      // Deleted in another view while written here: the text is not lost, it becomes a new note.
      if (result.status === 'missing') result = await createNote(db, draft);
      handle(result, draft);
    });
    return chain.current;
  };

  const autosave = useMemo(() => debounce(() => void save(), autosaveMs), [autosaveMs]);
  useEffect(() => () => autosave.flush(), [autosave]);

  // The panel closing (or the extension updating) ends this page: the last words typed must not wait for the debounce.
  useEffect(() => {
    const saveNow = () => autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saveNow();
    const onPageHide = () => {
      const base = latest.current.base;
      // An update reads the note first, which cannot finish once the page is gone: keep the text for the next opening.
      if (base && dirty.current) rescueEdit(localStorage, editorId, { noteId: base.id, expectedUpdated: base.updated, draft: draftNow() });
      saveNow();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [autosave]);

  const unsaved = status === 'pending' || status === 'saving' || status === 'failed' || status === 'conflict';
  useEffect(() => onUnsaved?.(unsaved), [unsaved]);
  useEffect(() => () => onUnsaved?.(false), []);

  // Another view wrote this note: take its version unless something here is unsaved.
  useEffect(() => {
    if (externalChange === 0 || !base || dirty.current) return;
    void db.get('notes', base.id).then((stored) => {
      if (!stored || dirty.current || stored.updated === latest.current.base?.updated) return;
      setBase(stored);
      setBody(stored.body);
      setTagsText(formatTags(stored.tags));
    });
  }, [externalChange]);

  const edited = (change: () => void) => {
    change();
    dirty.current = true;
    setStatus('pending');
    autosave.schedule();
  };

  const keepMine = async () => {
    if (!conflict) return;
    const draft = draftNow();
    setConflict(null);
    latest.current.conflict = null;
    setStatus('saving');
    const result = await updateNote(db, conflict, draft);
    handle(result, draft);
    if (closeAfterChoice && result.status === 'saved') onClose();
  };
  const keepTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    setBody(conflict.body);
    setTagsText(formatTags(conflict.tags));
    setConflict(null);
    dirty.current = false;
    setStatus('saved');
    if (closeAfterChoice) onClose();
  };
  const done = () => {
    // Closing now would drop the user's version without a word: ask which to keep first.
    if (latest.current.conflict) {
      setCloseAfterChoice(true);
      return;
    }
    autosave.flush();
    onClose();
  };

  const heading = where.paragraphKey ? t('editorOnParagraph', [paragraphLabel(where.paragraphKey)]) : t('editorOnPage');
  return (
    <section class="editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{heading}</h2>
      <NotePage note={where} />
      {where.quote && <blockquote class="note-quote">{where.quote}</blockquote>}
      <label for="note-body">{t('editorBody')}</label>
      <textarea
        id="note-body"
        rows={6}
        value={body}
        onInput={(event) => edited(() => setBody(event.currentTarget.value))}
        onBlur={() => autosave.flush()}
        autoFocus
      />
      <label for="note-tags">{t('editorTags')}</label>
      <input id="note-tags" type="text" value={tagsText} onInput={(event) => edited(() => setTagsText(event.currentTarget.value))} onBlur={() => autosave.flush()} />
      {base && <NoteTimes note={base} />}
      <p class="save-status" role="status">
        {status === 'idle' ? '' : status === 'conflict' ? '' : t(STATUS_TEXT[status])}
      </p>
      {error && (
        <div class="error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => void save()}>
            {t('editorRetry')}
          </button>
        </div>
      )}
      {conflict && (
        <div class="conflict" role="alert">
          <p>{t('conflictExplain')}</p>
          {closeAfterChoice && <p class="conflict-ask">{t('conflictBeforeClosing')}</p>}
          <div class="conflict-versions">
            <Version title={t('conflictMine')} body={body} tags={parseTags(tagsText)} />
            <Version title={t('conflictTheirs')} body={conflict.body} tags={conflict.tags} note={conflict} />
          </div>
          <div class="actions">
            <button type="button" onClick={() => void keepMine()}>
              {t('conflictKeepMine')}
            </button>
            <button type="button" onClick={keepTheirs}>
              {t('conflictKeepTheirs')}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={done}>
          {t('editorDone')}
        </button>
        {base && (
          <button
            type="button"
            class="danger"
            onClick={() => {
              autosave.cancel();
              dirty.current = false;
              onDelete({ ...base, body, tags: parseTags(tagsText) });
            }}
          >
            {t('editorDelete')}
          </button>
        )}
      </div>
    </section>
  );
}

const STATUS_TEXT = {
  pending: 'editorUnsaved',
  saving: 'editorSaving',
  saved: 'editorSaved',
  failed: 'editorNotSaved',
} as const;

function Version({ title, body, tags, note }: { title: string; body: string; tags: string[]; note?: Note }) {
  return (
    <div class="conflict-version">
      <h3>{title}</h3>
      {note && <NoteTimes note={note} />}
      <p class="note-body">{body || t('noteEmptyBody')}</p>
      {tags.length > 0 && <p class="note-tags">{t('noteTagsList', [tags.join(', ')])}</p>}
    </div>
  );
}

/**
 * Export every note (JSON to re-import, Markdown to read, CSV for spreadsheets) and import
 * a JSON export: its valid notes are imported, the others listed with the reason.
 */
import { useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { lookupPositions } from '../../lib/data/lookup';
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { notesToCsv } from '../../lib/notes/export-csv';
import { notesToJson } from '../../lib/notes/export-json';
import { notesToMarkdown } from '../../lib/notes/export-markdown';
import { importNotes, parseNotesFile, type RejectedNote } from '../../lib/notes/import-json';
import { withoutVersion } from '../../lib/paragraph-key';

/** A file of thousands of bad notes is named by its first ones: the rest are likely alike. */
const SHOWN_REJECTED = 100;

export interface ExportImportProps {
  db: Database;
  notes: Note[];
  download(filename: string, content: string, type: string): void;
  onImported(ids: string[]): void;
}

export function ExportImport({ db, notes, download, onImported }: ExportImportProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [rejected, setRejected] = useState<RejectedNote[]>([]);
  const [importing, setImporting] = useState(false);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportMarkdown = async () => {
    const keys = [...new Set(notes.flatMap((note) => (note.paragraphKey ? [withoutVersion(note.paragraphKey)] : [])))];
    const positions = await lookupPositions(db, keys);
    download(`apr-lens-notes-${stamp()}.md`, notesToMarkdown(notes, positions), 'text/markdown');
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setImporting(true);
    setMessage({ text: t('importing'), error: false });
    setRejected([]);
    try {
      const parsed = await parseNotesFile(await file.text());
      if (!parsed.ok) {
        setMessage({ text: parsed.message, error: true });
        return;
      }
      const result = await importNotes(db, parsed.notes);
      setRejected(parsed.rejected);
      setMessage(result.ok ? { text: t('importDone', [result.added, result.updated, result.left]), error: false } : { text: result.message, error: true });
      if (result.added + result.updated > 0) onImported(parsed.notes.map((note) => note.id));
    } finally {
      setImporting(false);
    }
  };

  return (
    <div class="export-import">
      <h3>{t('exportHeading')}</h3>
      <div class="actions">
        <button type="button" disabled={notes.length === 0} onClick={() => download(`apr-lens-notes-${stamp()}.json`, notesToJson(notes), 'application/json')}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={notes.length === 0} onClick={() => void exportMarkdown()}>
          {t('exportMarkdown')}
        </button>
        <button type="button" disabled={notes.length === 0} onClick={() => download(`apr-lens-notes-${stamp()}.csv`, notesToCsv(notes), 'text/csv')}>
          {t('exportCsv')}
        </button>
      </div>
      <label class="import">
        {t('importLabel')}
        <input type="file" accept="application/json,.json" disabled={importing} onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      {message && (
        <p class={message.error ? 'error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {rejected.length > 0 && (
        <div class="import-rejected" role="alert">
          <p>{t('importRejected', [rejected.length])}</p>
          <ul>
            {rejected.slice(0, SHOWN_REJECTED).map(({ position, reason }) => (
              <li key={position}>{t('importRejectedNote', [position, reason])}</li>
            ))}
          </ul>
          {rejected.length > SHOWN_REJECTED && <p>{t('importRejectedMore', [rejected.length - SHOWN_REJECTED])}</p>}
        </div>
      )}
    </div>
  );
}

/**
 * Export every note (JSON to re-import, Markdown to read, CSV for spreadsheets) and import
 * a JSON export: checked before anything is written; a bad file changes nothing.
 */
import { useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { lookupPositions } from '../../lib/data/lookup';
import type { Note } from '../../lib/data/schema';
import { t } from '../../lib/i18n';
import { notesToCsv } from '../../lib/notes/export-csv';
import { notesToJson } from '../../lib/notes/export-json';
import { notesToMarkdown } from '../../lib/notes/export-markdown';
import { importNotes, parseNotesFile } from '../../lib/notes/import-json';
import { withoutVersion } from '../../lib/paragraph-key';

export interface ExportImportProps {
  db: Database;
  notes: Note[];
  download(filename: string, content: string, type: string): void;
  onImported(ids: string[]): void;
}

export function ExportImport({ db, notes, download, onImported }: ExportImportProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
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
    const parsed = parseNotesFile(await file.text());
    if (!parsed.ok) {
      setMessage({ text: parsed.message, error: true });
      return;
    }
    const result = await importNotes(db, parsed.notes);
    if (!result.ok) {
      setMessage({ text: result.message, error: true });
      return;
    }
    setMessage({ text: t('importDone', [result.added, result.present]), error: false });
    onImported(parsed.notes.map((note) => note.id));
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
        <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget)} />
      </label>
      {message && (
        <p class={message.error ? 'error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

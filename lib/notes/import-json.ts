/**
 * Importing a JSON export. A file that is not an export changes nothing; in an export, every
 * valid note is imported and each invalid one is listed by its position with the reason. A
 * note already here is replaced only by a newer version of it (a later `updated`), never
 * duplicated. Large files are read and written in batches that yield to the page, so that
 * typing in the side panel meanwhile is not held up.
 */
import * as v from 'valibot';
import type { Database } from '../data/db';
import { NoteSchema, type Note } from '../data/schema';
import { t, type MessageKey } from '../i18n';
import { errorMessage } from '../result';

/** A note of the file that was not imported: its position in the file (from 1) and why. */
export interface RejectedNote {
  position: number;
  reason: string;
}

export type ParsedImport = { ok: true; notes: Note[]; rejected: RejectedNote[] } | { ok: false; message: string };
export type ImportResult =
  | { ok: true; added: number; updated: number; left: number }
  | { ok: false; message: string; added: number; updated: number };

export interface ImportOptions {
  /** Notes read or written between two yields to the page. */
  batchSize?: number;
  yieldToPage?: () => Promise<void>;
}

const BATCH_SIZE = 250;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseNotesFile(text: string, options: ImportOptions = {}): Promise<ParsedImport> {
  const { batchSize = BATCH_SIZE, yieldToPage = nextTask } = options;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t('importNotJson', [errorMessage(error)]) };
  }
  const file = data as { format?: unknown; version?: unknown; notes?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== 'apr-lens-notes' || !Array.isArray(file.notes)) {
    return { ok: false, message: t('importNotExport') };
  }
  if (file.version !== 1) return { ok: false, message: t('importNewerVersion', [String(file.version)]) };
  const notes: Note[] = [];
  const rejected: RejectedNote[] = [];
  for (let i = 0; i < file.notes.length; i++) {
    if (i > 0 && i % batchSize === 0) await yieldToPage();
    const parsed = v.safeParse(NoteSchema, file.notes[i]);
    if (parsed.success) notes.push(parsed.output);
    else rejected.push({ position: i + 1, reason: reasonOf(file.notes[i], parsed.issues) });
  }
  return { ok: true, notes, rejected };
}

/** Per field of a note, what it must be, in words; each message takes the value found. */
const FIELD_REASONS: Record<string, MessageKey> = {
  id: 'importBadId',
  paragraphKey: 'importBadParagraph',
  pageUrl: 'importBadPage',
  quote: 'importBadQuote',
  body: 'importBadBody',
  tags: 'importBadTags',
  created: 'importBadCreated',
  updated: 'importBadUpdated',
};

/** Why a note was refused, in words: which of its fields, what it held, what it should hold. */
function reasonOf(input: unknown, issues: readonly v.BaseIssue<unknown>[]): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return t('importNotANote');
  const field = issues[0]?.path?.[0]?.key;
  const reason = typeof field === 'string' ? FIELD_REASONS[field] : undefined;
  if (!reason) return t('importNoPlace');
  const value = (input as Record<string, unknown>)[field as string];
  return t(reason, [value === undefined ? t('importValueMissing') : shown(value)]);
}

/** A value as the message quotes it: short, on one line. */
function shown(value: unknown): string {
  const text = (typeof value === 'string' ? `“${value}”` : JSON.stringify(value) ?? String(value)).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** What makes two notes the same note, whatever their ids. */
const sameness = (note: Note) => JSON.stringify([note.paragraphKey, note.pageUrl, note.quote, note.body, note.created]);

export async function importNotes(db: Database, notes: Note[], options: ImportOptions = {}): Promise<ImportResult> {
  const { batchSize = BATCH_SIZE, yieldToPage = nextTask } = options;
  let added = 0;
  let updated = 0;
  try {
    const seen = new Set((await db.getAll('notes')).map(sameness));
    // One short transaction per batch: a save from the editor gets its turn between two.
    for (let start = 0; start < notes.length; start += batchSize) {
      if (start > 0) await yieldToPage();
      const tx = db.transaction('notes', 'readwrite');
      const batch = notes.slice(start, start + batchSize);
      // Every read, then every write, sent at once: one round trip per batch, not per note.
      const stored = await Promise.all(batch.map((note) => tx.store.get(note.id)));
      const latest = new Map<string, Note>();
      let batchAdded = 0;
      let batchUpdated = 0;
      const writes = batch.flatMap((note, i) => {
        const before = latest.get(note.id) ?? stored[i];
        if (before ? note.updated <= before.updated : seen.has(sameness(note))) return [];
        latest.set(note.id, note);
        seen.add(sameness(note));
        if (before) batchUpdated++;
        else batchAdded++;
        return [tx.store.put(note)];
      });
      await Promise.all([...writes, tx.done]);
      added += batchAdded;
      updated += batchUpdated;
    }
    return { ok: true, added, updated, left: notes.length - added - updated };
  } catch (error) {
    const message = t('importWriteFailed', [errorMessage(error), added + updated]);
    return { ok: false, message, added, updated };
  }
}

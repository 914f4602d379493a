/**
 * The one module that opens the extension's database (docs/architecture.md, rule 2: only extension
 * pages and the background open it; content scripts ask the background). Each schema
 * version has its own migration; they run in order from whatever version is stored.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { parseParagraphKey, formatParagraphKey } from '../paragraph-key';
import type { Meta, Note, Position, Report } from './schema';

export const DB_NAME = 'apr-lens';
export const DB_VERSION = 2;

/** A position as stored: with the keys it answers to, exact and with version or report unknown. */
export type StoredPosition = Position & { lookupKeys: string[]; reports: string[] };

export interface AprLensDB extends DBSchema {
  positions: { key: string; value: StoredPosition; indexes: { byLookupKey: string; byReport: string; byTheme: string } };
  reports: { key: string; value: Report };
  notes: { key: string; value: Note; indexes: { byParagraphKey: string; byPageUrl: string; byTag: string; byUpdated: string } };
  meta: { key: string; value: Meta & { name: 'dataset' } };
}

export type Database = IDBPDatabase<AprLensDB>;
type UpgradeTransaction = IDBPTransaction<AprLensDB, StoreNames<AprLensDB>[], 'versionchange'>;

/** Every key a paragraph key answers to: `apr3@zero:29e` → itself, `apr3:29e`, `?:29e`. */
export function lookupKeysOf(key: string): string[] {
  const address = parseParagraphKey(key);
  if (!address) return [key];
  return [...new Set([key, formatParagraphKey({ ...address, version: null }), formatParagraphKey({ ...address, report: null, version: null })])];
}

export function toStored(position: Position): StoredPosition {
  const keys = position.paragraphs.map((paragraph) => paragraph.key);
  return {
    ...position,
    lookupKeys: [...new Set(keys.flatMap(lookupKeysOf))],
    reports: [...new Set(keys.map((key) => parseParagraphKey(key)?.report).filter((report): report is NonNullable<typeof report> => Boolean(report)))],
  };
}

/** Migrations by the version they bring the database to. Notes are never rewritten by any of them. */
export const MIGRATIONS: Record<number, (db: IDBPDatabase<AprLensDB>, tx: UpgradeTransaction) => Promise<void> | void> = {
  1(db) {
    const positions = db.createObjectStore('positions', { keyPath: 'id' });
    // v1 indexed positions by their exact paragraph keys only.
    positions.createIndex('byKey' as never, 'paragraphKeys', { multiEntry: true });
    positions.createIndex('byReport', 'reports', { multiEntry: true });
    positions.createIndex('byTheme', 'themes', { multiEntry: true });
    db.createObjectStore('reports', { keyPath: 'id' });
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byParagraphKey', 'paragraphKey');
    notes.createIndex('byPageUrl', 'pageUrl');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byUpdated', 'updated');
    db.createObjectStore('meta', { keyPath: 'name' });
  },
  async 2(_db, tx) {
    // v2 looks positions up by version-less and report-less keys too ("apr3:29e", "?:29e").
    const positions = tx.objectStore('positions');
    positions.deleteIndex('byKey' as never);
    positions.createIndex('byLookupKey', 'lookupKeys', { multiEntry: true });
    for (let cursor = await positions.openCursor(); cursor; cursor = await cursor.continue()) {
      const { lookupKeys: _old, reports: _reports, ...position } = cursor.value as StoredPosition & { paragraphKeys?: string[] };
      delete (position as { paragraphKeys?: string[] }).paragraphKeys;
      await cursor.update(toStored(position as Position));
    }
    // A dataset stored by v1 carries no lookup keys: forget its hash so the next sync rewrites it.
    await tx.objectStore('meta').delete('dataset');
  },
};

export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<Database> {
  return openDB<AprLensDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let target = oldVersion + 1; target <= (newVersion ?? version); target++) await MIGRATIONS[target]?.(db, tx);
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
    },
  });
}

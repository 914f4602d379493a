import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build-dataset';
import { DB_NAME, MIGRATIONS, openDatabase, toStored, type Database } from './db';
import { lookupPositions, positionsForReport } from './lookup';
import type { Dataset, Note, Position } from './schema';
import { syncDataset } from './sync';

const NOTE: Note = {
  id: 'note-1',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: 'https://press.un.org/x',
  quote: 'escalatory',
  body: 'Ask the Chair about this.',
  tags: ['ci'],
  created: '2026-11-20T10:00:00.000Z',
  updated: '2026-11-20T10:05:00.000Z',
};

function withHash(dataset: Dataset, hash: string): Dataset {
  return { ...dataset, meta: { ...dataset.meta, contentHash: hash.repeat(64).slice(0, 64) } };
}

let bundled: Dataset;
let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  bundled ??= await buildDataset();
  db = await openDatabase();
});

describe('syncDataset', () => {
  it('loads the bundled dataset on first install', async () => {
    const result = await syncDataset(db, bundled);
    expect(result).toMatchObject({ ok: true, changed: true, added: bundled.positions.length, removed: 0 });
    const found = await lookupPositions(db, ['apr3@zero:29e', 'apr3:29e', '?:29e', 'apr3@rev1:29e', 'apr3:29']);
    // The position that cites para 29 e, and those an editor links to it as on its topic.
    const on29e = bundled.positions.filter((position) => position.paragraphs.some((link) => link.key === 'apr3@zero:29e'));
    expect(on29e.map((position) => position.id)).toContain('ict4peace-2024-07-apr3-para-29e');
    expect(found['apr3@zero:29e']!.map((position) => position.id).sort()).toEqual(on29e.map((position) => position.id).sort());
    expect(found['apr3:29e']).toHaveLength(on29e.length);
    expect(found['?:29e']).toHaveLength(on29e.length);
    expect(found['apr3@rev1:29e']).toEqual([]);
    expect(found['apr3:29']).toEqual([]);
    const onApr3 = bundled.positions.filter((position) => position.paragraphs.some((link) => link.key.startsWith('apr3')));
    expect((await positionsForReport(db, 'apr3')).length).toBe(onApr3.length);
  });

  it('writes nothing when the same dataset comes again', async () => {
    await syncDataset(db, bundled);
    let writes = 0;
    const transaction = db.transaction.bind(db);
    db.transaction = ((stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite') writes++;
      return transaction(stores, mode);
    }) as typeof db.transaction;
    expect(await syncDataset(db, bundled)).toMatchObject({ ok: true, changed: false });
    expect(writes).toBe(0);
  });

  it('adds, changes and retires positions of a new dataset version, and leaves notes alone', async () => {
    await syncDataset(db, bundled);
    await db.put('notes', NOTE);
    const [first, second, ...rest] = bundled.positions as [Position, Position, ...Position[]];
    const added: Position = { ...first, id: 'new-position', title: 'New' };
    const next = withHash({ ...bundled, positions: [{ ...first, title: 'Changed title' }, ...rest, added] }, 'b');
    expect(await syncDataset(db, next)).toMatchObject({ ok: true, changed: true, added: 1, updated: 1, removed: 1 });
    expect((await db.get('positions', first.id))?.title).toBe('Changed title');
    expect(await db.get('positions', second.id)).toBeUndefined();
    expect(await db.get('positions', 'new-position')).toBeDefined();
    expect(await db.getAll('notes')).toEqual([NOTE]);
  });

  it('refuses an invalid dataset with a reason, and keeps the data it had', async () => {
    await syncDataset(db, bundled);
    const broken = withHash({ ...bundled, positions: [{ ...bundled.positions[0]!, date: 'last spring' }] }, 'c');
    const result = await syncDataset(db, broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/positions\.0\.date.*stays in use/);
    expect(await db.count('positions')).toBe(bundled.positions.length);
    expect(await syncDataset(db, 'not a dataset')).toMatchObject({ ok: false });
  });

  it('refuses a dataset in which two positions share an id, rather than keep one silently', async () => {
    await syncDataset(db, bundled);
    const first = bundled.positions[0]!;
    const result = await syncDataset(db, withHash({ ...bundled, positions: [first, { ...first, title: 'Twin' }] }, 'e'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^The bundled dataset is invalid \(positions: every position id must be unique\); the data already stored stays in use\.$/) });
    expect(await db.count('positions')).toBe(bundled.positions.length);
  });

  it('answers lookups during a sync with wholly old or wholly new data', async () => {
    await syncDataset(db, bundled);
    const renamed = withHash({ ...bundled, positions: bundled.positions.map((position) => ({ ...position, title: `${position.title} (v2)` })) }, 'd');
    const keys = ['apr3@zero:3', 'apr3@zero:5', 'apr3@zero:29e', 'apr3@zero:50c'];
    const [, ...answers] = await Promise.all([syncDataset(db, renamed), ...Array.from({ length: 8 }, () => lookupPositions(db, keys))]);
    for (const answer of answers) {
      const versions = new Set(keys.map((key) => answer[key]![0]!.title.endsWith('(v2)')));
      expect(versions.size).toBe(1);
    }
  });
});

describe('migrations', () => {
  it('brings a version 1 database with notes to the current version, notes intact', async () => {
    db.close();
    globalThis.indexedDB = new IDBFactory();
    const v1 = await openDB(DB_NAME, 1, {
      upgrade: (database, _old, _new, tx) => MIGRATIONS[1]!(database as never, tx as never),
    });
    const position = bundled.positions.find((candidate) => candidate.paragraphs.length > 0)!;
    const { lookupKeys: _dropped, ...v1Record } = toStored(position);
    await v1.put('positions', { ...v1Record, paragraphKeys: position.paragraphs.map((paragraph) => paragraph.key) });
    await v1.put('notes', NOTE);
    v1.close();

    db = await openDatabase();
    expect(await db.getAll('notes')).toEqual([NOTE]);
    const found = await lookupPositions(db, [position.paragraphs[0]!.key.replace(/@[a-z0-9]+/, '')]);
    expect(Object.values(found)[0]!.map((candidate) => candidate.id)).toEqual([position.id]);
    // The old dataset's hash is forgotten, so the next sync rewrites positions with their new fields.
    expect(await syncDataset(db, bundled)).toMatchObject({ ok: true, changed: true });
    expect(await db.getAll('notes')).toEqual([NOTE]);
  });
});

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build-dataset';
import { openDatabase } from './db';
import { lookupPositions, positionsForReport } from './lookup';
import { loadPositionIndex } from './position-index';
import { syncDataset } from './sync';

describe('the in-memory position index', () => {
  it('answers exactly as the database lookups do', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openDatabase();
    await syncDataset(db, await buildDataset());
    const index = await loadPositionIndex(db);
    const keys = ['apr3@zero:29e', 'apr3:29e', '?:29e', 'apr3@zero:5', 'apr3:50c', '?:50h', 'apr3@rev1:29e', 'apr3:29', 'apr1:1'];
    expect(index.lookup(keys)).toEqual(await lookupPositions(db, keys));
    for (const report of ['apr1', 'apr2', 'apr3', 'final']) {
      expect(index.forReport(report).map((position) => position.id).sort()).toEqual((await positionsForReport(db, report)).map((position) => position.id).sort());
    }
    db.close();
  });
});

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build-dataset';
import { createNote, listNotes } from '../notes/note-store';
import { openDatabase, type Database } from './db';
import { lookupPositions } from './lookup';
import { listReportTexts, paragraphTexts, removeReportText, saveReportText } from './report-texts';
import type { Dataset, ReportText } from './schema';
import { syncDataset } from './sync';
import { CAPTURED_ZERO } from '../../tests/fixtures/reports/captured';
import { ADOPTED as ADOPTED_TEXT, ZERO_DRAFT } from '../../tests/fixtures/reports/version-pair';

const ZERO = CAPTURED_ZERO;
const ADOPTED: ReportText = { ...ZERO, version: 'adopted', symbol: 'A/79/214', captured: '2026-11-21T10:00:00.000Z', paragraphs: [{ ...ZERO.paragraphs[1]!, para: 26, text: 'A lantern with a green flame.' }] };

let db: Database;
let bundled: Dataset;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  bundled ??= await buildDataset();
  db = await openDatabase();
});

describe('report texts', () => {
  it('keeps one record per report, version and language, replaced whole on a new capture', async () => {
    expect(await saveReportText(db, ZERO)).toEqual({ ok: true, id: 'apr3@zero/en', paragraphs: 2 });
    await saveReportText(db, { ...ZERO, captured: '2026-11-22T10:00:00.000Z', paragraphs: [ZERO.paragraphs[0]!] });
    await saveReportText(db, { ...ZERO, lang: 'fr' });
    const listed = await listReportTexts(db);
    expect(listed.map(({ id, paragraphCount, captured }) => [id, paragraphCount, captured])).toEqual([
      ['apr3@zero/en', 1, '2026-11-22T10:00:00.000Z'],
      ['apr3@zero/fr', 2, '2026-11-20T10:00:00.000Z'],
    ]);
  });

  it('refuses a malformed or empty capture and keeps what is stored', async () => {
    await saveReportText(db, ZERO);
    const bad = await saveReportText(db, { ...ZERO, report: 'apr9' });
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok === false && bad.reason).toMatch(/not kept .*report.*stay/);
    expect(await saveReportText(db, { ...ZERO, paragraphs: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/No numbered paragraph/) });
    expect((await listReportTexts(db)).map(({ paragraphCount }) => paragraphCount)).toEqual([2]);
  });

  it('answers paragraph keys: the named version, else the adopted text; the reader\'s language first', async () => {
    await saveReportText(db, ZERO);
    await saveReportText(db, ADOPTED);
    await saveReportText(db, { ...ZERO, lang: 'fr', paragraphs: [{ ...ZERO.paragraphs[1]!, text: 'Une lanterne à flamme bleue.' }] });
    const found = await paragraphTexts(db, ['apr3@zero:29e', 'apr3:26e', 'apr3@zero:30', '?:29e', 'apr2:1'], 'fr');
    expect(found['apr3@zero:29e']).toMatchObject({ text: 'Une lanterne à flamme bleue.', lang: 'fr', version: 'zero' });
    expect(found['apr3:26e']).toMatchObject({ text: 'A lantern with a green flame.', version: 'adopted', leadIn: 'Members proposed the following lanterns:' });
    expect(found['apr3@zero:30']).toBeNull();
    expect(found['?:29e']).toBeNull();
    expect(found['apr2:1']).toBeNull();
  });

  it('says where a paragraph is in the other known version, by the concordance of their texts', async () => {
    await saveReportText(db, { ...ZERO, paragraphs: ZERO_DRAFT });
    await saveReportText(db, { ...ADOPTED, paragraphs: ADOPTED_TEXT });
    const found = await paragraphTexts(db, ['apr3@zero:7b', 'apr3@zero:2', 'apr3@adopted:3'], 'en');
    expect(found['apr3@zero:7b']!.elsewhere).toEqual([{ version: 'adopted', units: ['6b'], similarity: expect.any(Number), kind: 'edited' }]);
    expect(found['apr3@zero:2']!.elsewhere).toMatchObject([{ version: 'adopted', units: [], kind: 'dropped' }]);
    // Seen from the adopted text, the split is a merge.
    expect(found['apr3@adopted:3']!.elsewhere).toMatchObject([{ version: 'zero', units: ['4'], kind: 'merged' }]);
  });

  it('removes one version and leaves the others', async () => {
    await saveReportText(db, ZERO);
    await saveReportText(db, ADOPTED);
    await removeReportText(db, 'apr3@zero/en');
    expect((await listReportTexts(db)).map(({ id }) => id)).toEqual(['apr3@adopted/en']);
  });

  const steps = {
    note: async () => expect(await createNote(db, { paragraphKey: 'apr3@zero:29e', pageUrl: null, quote: null, body: 'Mine.', tags: [] })).toMatchObject({ status: 'saved' }),
    sync: async () => expect(await syncDataset(db, bundled)).toMatchObject({ ok: true }),
    capture: async () => expect(await saveReportText(db, ZERO)).toMatchObject({ ok: true }),
  };
  const orders: (keyof typeof steps)[][] = [
    ['note', 'sync', 'capture'],
    ['note', 'capture', 'sync'],
    ['sync', 'note', 'capture'],
    ['sync', 'capture', 'note'],
    ['capture', 'note', 'sync'],
    ['capture', 'sync', 'note'],
  ];
  for (const order of orders) {
    it(`loses nothing when ${order.join(', then ')}, and again after a new dataset`, async () => {
      for (const step of order) await steps[step]();
      // A changed dataset replaces positions and reports: notes and texts stay.
      await syncDataset(db, { ...bundled, meta: { ...bundled.meta, contentHash: 'f'.repeat(64) }, positions: bundled.positions.slice(1) });
      expect((await listNotes(db)).map((note) => note.body)).toEqual(['Mine.']);
      expect((await paragraphTexts(db, ['apr3@zero:29e'], 'en'))['apr3@zero:29e']?.text).toBe('A lantern with a blue flame.');
      expect(Object.values(await lookupPositions(db, ['apr3:5'])).flat().length).toBeGreaterThan(0);
    });
  }

  it('brings a version 2 database to version 3 with its notes and positions', async () => {
    db.close();
    globalThis.indexedDB = new IDBFactory();
    const old = await openDatabase(undefined, 2);
    await syncDataset(old, bundled);
    await createNote(old, { paragraphKey: 'apr3@zero:29e', pageUrl: null, quote: null, body: 'Kept.', tags: [] });
    const before = (await lookupPositions(old, ['apr3@zero:29e']))['apr3@zero:29e']!.map((position) => position.id);
    old.close();
    db = await openDatabase();
    expect((await listNotes(db)).map((note) => note.body)).toEqual(['Kept.']);
    expect(before.length).toBeGreaterThan(0);
    expect((await lookupPositions(db, ['apr3@zero:29e']))['apr3@zero:29e']!.map((position) => position.id)).toEqual(before);
    expect(await saveReportText(db, ZERO)).toMatchObject({ ok: true });
  });
});

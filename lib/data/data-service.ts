/**
 * The background's side of the data: syncs the bundled dataset into the database on
 * install, update and browser start, and answers the content scripts' lookups.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { openDatabase, type Database } from './db';
import { loadPositionIndex, type PositionIndex } from './position-index';
import { syncDataset } from './sync';
import { onMessage } from '../messaging';
import { REPORT_IDS } from '../paragraph-key';
import type { PageSummary } from '../page/page-summary';
import { setTabState } from '../tabs/tab-state';

const Keys = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(5000));
const ReportIdSchema = v.picklist(REPORT_IDS);
const SummarySchema = v.looseObject({ url: v.string(), title: v.string(), references: v.array(v.looseObject({ key: v.string() })) });

let database: Promise<Database> | null = null;
export function db(): Promise<Database> {
  database ??= openDatabase();
  return database;
}

let synced: Promise<void> | null = null;
/** Once per service-worker life: lookups wait for it, so a page never reads the database before the first sync. */
export function ensureSynced(): Promise<void> {
  synced ??= syncBundledDataset();
  return synced;
}

async function syncBundledDataset(): Promise<void> {
  try {
    // dataset.json is generated at build time, so it is not among WXT's typed public paths.
    const datasetUrl = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/dataset.json');
    const response = await fetch(datasetUrl);
    const result = await syncDataset(await db(), await response.json());
    if (!result.ok) console.error(`APR Lens: ${result.reason}`);
    else if (result.changed) positionIndex = null;
  } catch (error) {
    console.error('APR Lens: the bundled dataset could not be read; the data already stored stays in use.', error);
  }
}

let positionIndex: Promise<PositionIndex> | null = null;
/** Lookups answer from memory: one read of the database per sync, not one request per key. */
async function positions(): Promise<PositionIndex> {
  await ensureSynced();
  positionIndex ??= db().then(loadPositionIndex);
  return positionIndex;
}

/** Accepts messages from our own extension only, with a payload of the expected shape. */
function checked<T>(schema: v.GenericSchema<unknown, T>, data: unknown, sender: { id?: string }): T {
  if (sender.id !== browser.runtime.id) throw new Error('APR Lens answers its own extension only.');
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) throw new Error(`Malformed message: ${parsed.issues[0]?.message ?? 'unexpected shape'}`);
  return parsed.output;
}

export function registerDataService() {
  browser.runtime.onInstalled.addListener(() => void ensureSynced());
  browser.runtime.onStartup.addListener(() => void ensureSynced());
  void (navigator.storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);

  onMessage('lookupPositions', async ({ data, sender }) => {
    const keys = checked(Keys, data, sender);
    return (await positions()).lookup(keys);
  });
  onMessage('positionsForReport', async ({ data, sender }) => {
    const report = checked(ReportIdSchema, data, sender);
    return (await positions()).forReport(report);
  });
  onMessage('pageSummary', async ({ data, sender }) => {
    const summary = checked(SummarySchema, data, sender) as unknown as PageSummary;
    if (sender.tab?.id !== undefined) await setTabState(sender.tab.id, summary);
  });
}

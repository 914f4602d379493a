/**
 * The background's side of the data: syncs the bundled dataset into the database on
 * install, update and browser start, and answers the content scripts' lookups.
 */
import { browser } from 'wxt/browser';
import { openDatabase, type Database } from './db';
import { loadPositionIndex, type PositionIndex } from './position-index';
import { syncDataset } from './sync';
import { documentMessages, received, thisExtension } from '../messaging';
import { setTabState } from '../tabs/tab-state';

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
    if (!result.ok) console.error(`APR Lens: ${result.message}`);
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

export function registerDataService() {
  browser.runtime.onInstalled.addListener(() => void ensureSynced());
  browser.runtime.onStartup.addListener(() => void ensureSynced());
  void (navigator.storage?.persist?.() ?? Promise.resolve(false)).catch(() => false);

  documentMessages.onMessage('lookupPositions', async (message) => {
    const keys = received('lookupPositions', message, thisExtension());
    return (await positions()).lookup(keys);
  });
  documentMessages.onMessage('positionsForReport', async (message) => {
    const report = received('positionsForReport', message, thisExtension());
    return (await positions()).forReport(report);
  });
  documentMessages.onMessage('pageSummary', async (message) => {
    const summary = received('pageSummary', message, thisExtension());
    const tabId = message.sender.tab?.id;
    if (tabId !== undefined) await setTabState(tabId, summary);
  });
}

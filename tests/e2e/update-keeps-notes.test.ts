/**
 * docs/architecture.md, rule 3, in real Chromium: an extension update that brings a new dataset
 * version replaces positions and leaves the reader's notes exactly as they were.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../support/extension';

const NOTE = {
  id: 'note-before-update',
  paragraphKey: 'apr3@zero:29e',
  pageUrl: 'https://press.un.org/en/2024/example.html',
  quote: 'escalatory',
  body: 'Written before the update: ask about pledges on critical infrastructure.',
  tags: ['before-update'],
  created: '2026-11-20T10:00:00.000Z',
  updated: '2026-11-20T10:05:00.000Z',
};

/** Reads the extension's database from one of its pages, with the plain IndexedDB API. */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('apr-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
        };
      }),
    store,
  );
}

async function waitForDatasetVersion(session: ExtensionSession, page: Page, version: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const meta = (await readStore(page, 'meta').catch(() => [])) as { datasetVersion?: string }[];
    if (meta[0]?.datasetVersion === version) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`dataset ${version} was never synced in ${session.extensionId}`);
}

describe('an extension update with a new dataset', () => {
  let session: ExtensionSession;
  let extensionDir: string;
  let profileDir: string;
  beforeAll(async () => {
    // A copy of the build, so that the test can ship a new version of it.
    extensionDir = await mkdtemp(join(tmpdir(), 'apr-lens-update-'));
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    profileDir = await mkdtemp(join(tmpdir(), 'apr-lens-update-profile-'));
    session = await launchExtension({ extensionDir, userDataDir: profileDir, keepProfile: true });
  });
  afterAll(async () => {
    await session?.close();
    await rm(extensionDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  });

  it('replaces positions and keeps every note', async () => {
    const datasetPath = join(extensionDir, 'dataset.json');
    const dataset = JSON.parse(await readFile(datasetPath, 'utf8')) as {
      meta: { datasetVersion: string; contentHash: string };
      positions: { id: string; title: string }[];
    };
    let page = await session.context.newPage();
    await page.goto(session.extensionUrl('sidepanel.html'));
    await waitForDatasetVersion(session, page, dataset.meta.datasetVersion);
    await page.evaluate(
      (note) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('apr-lens');
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put(note);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      NOTE,
    );
    await page.close();

    // The update: one position changed, one retired, a new dataset version and extension version.
    const [changed, retired] = dataset.positions;
    changed!.title = 'Retitled in the new dataset';
    const next = {
      ...dataset,
      meta: { ...dataset.meta, datasetVersion: '0.1.1+updated', contentHash: 'e'.repeat(64) },
      positions: dataset.positions.filter((position) => position !== retired),
    };
    await writeFile(datasetPath, JSON.stringify(next));
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: '0.1.1' }));

    // Chromium takes the new version of the same unpacked folder, on the same profile, as an
    // update (same extension id, same database); runtime.reload() would disable a
    // command-line-loaded extension instead.
    const { extensionId, userDataDir } = session;
    await session.close();
    session = await launchExtension({ extensionDir, userDataDir, keepProfile: true });
    expect(session.extensionId).toBe(extensionId);
    expect(await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe('0.1.1');
    page = await session.context.newPage();
    await page.goto(session.extensionUrl('sidepanel.html'));
    await waitForDatasetVersion(session, page, '0.1.1+updated');
    const positions = (await readStore(page, 'positions')) as { id: string; title: string }[];
    expect(positions.find((position) => position.id === changed!.id)?.title).toBe('Retitled in the new dataset');
    expect(positions.some((position) => position.id === retired!.id)).toBe(false);
    expect(await readStore(page, 'notes')).toEqual([NOTE]);
    await page.close();
  });
});

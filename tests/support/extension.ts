import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/**
 * Host names the browser resolves to 127.0.0.1, so the fixture pages are served as if from
 * the UN sites the content script runs on, and from an ordinary site where it does not.
 * Every other name fails to resolve: no test can reach another address.
 */
export const UN_TEST_HOST = 'press.un.org';
export const OTHER_TEST_HOST = 'example.test';
const MAPPED_HOSTS = ['*.un.org', 'undocs.org', '*.unoda.org', 'dig.watch', OTHER_TEST_HOST];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  userDataDir: string;
  /** URL of a fixture page under tests/pages, served from `host` (a UN site by default). */
  pageUrl(path: string, host?: string): string;
  /** URL of one of the extension's own pages, e.g. `popup.html`. */
  extensionUrl(path: string): string;
  /** Opens a fixture page in a new tab and waits for it to load. */
  openPage(path: string, host?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test what survives a browser restart); a fresh one by default. */
  userDataDir?: string;
  /** Keep the profile on close, for a later launch. */
  keepProfile?: boolean;
  extensionDir?: string;
  /** Headless unless told otherwise (the demo opens a window where there is a display). */
  headless?: boolean;
  /** The browser's UI language (`fr`): the extension's messages follow it. */
  uiLanguage?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const server = await startFixtureServer();
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'apr-lens-profile-')));
  const hostRules = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules}`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    ...(options.uiLanguage && { env: { ...process.env, LANGUAGE: options.uiLanguage } }),
  });
  const serviceWorker =
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const pageUrl = (path: string, host = UN_TEST_HOST) =>
    `http://${host}:${server.port}/${path.replace(/^\//, '')}`;
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    userDataDir,
    pageUrl,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openPage(path, host) {
      const page = await context.newPage();
      await page.goto(pageUrl(path, host));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.keepProfile && !options.userDataDir) {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

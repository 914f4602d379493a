/** First run and the reader's choices: the welcome page opened once on install, and options the content script honours. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { highlightTexts, waitForHighlights } from '../support/page-probes';
import { overlay } from '../support/overlay';

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}

describe('first run and reading options', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const setOptions = (options: object) =>
    session.serviceWorker.evaluate(
      (value) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set({ readingOptions: value }),
      options,
    );

  it('opens the welcome page once, on install', async () => {
    const welcome = session.extensionUrl('welcome.html');
    await expect.poll(() => session.context.pages().filter((page) => page.url() === welcome).length, { timeout: 10_000 }).toBe(1);
    const page = session.context.pages().find((candidate) => candidate.url() === welcome)!;
    await page.getByRole('heading', { level: 1, name: 'Welcome to APR Lens' }).waitFor();
    for (const heading of ['Where it works', 'On any other site', 'Nothing leaves your browser']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    expect(await page.getByRole('listitem').allTextContents()).toContain('un.org');
    await page.getByRole('button', { name: 'Open the options' }).click();
    await expect.poll(() => session.context.pages().some((candidate) => /options/.test(candidate.url()))).toBe(true);
  });

  it('honours the options: no automatic annotation, no hover cards, no highlights without positions', async () => {
    await setOptions({ autoAnnotate: false });
    let page: Page = await session.openPage('un/meeting-summary.html');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => [document.querySelector(':root > :not(head):not(body)') !== null, CSS.highlights.get('apr-lens-ref')?.size ?? 0])).toEqual([false, 0]);
    await page.close();

    await setOptions({ hoverCards: false, highlightWithoutPositions: false });
    page = await session.openPage('un/meeting-summary.html');
    await waitForHighlights(page, 'apr-lens-ref', 1);
    expect(await highlightTexts(page, 'apr-lens-ref-none')).toEqual([]);
    const box = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('apr-lens-ref')!][0] as Range).getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(800);
    const card = (await overlay(page)).locator('.card');
    expect(await card.count()).toBe(0);
    await page.mouse.click(box.x, box.y);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
    await setOptions({});
  });
});

/**
 * One lifetime for the content script: a copy injected again (an update, or "Annotate this
 * page" where it already ran) ends the one before it, so the page has one live annotator.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { highlightTexts, waitForHighlights } from '../support/page-probes';
import { OVERLAY } from '../support/overlay';

interface ChromeForTabs {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

const NAMES = ['apr-lens-ref', 'apr-lens-ref-none'];

describe('the content script after it is injected again', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  function inTab<T>(page: Page, run: 'inject' | 'badge'): Promise<T> {
    return session.serviceWorker.evaluate(
      async ([pageUrl, what]) => {
        const api = (globalThis as unknown as { chrome: ChromeForTabs }).chrome;
        const [tab] = await api.tabs.query({ url: pageUrl });
        const tabId = tab!.id!;
        if (what === 'badge') return api.action.getBadgeText({ tabId });
        return api.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      },
      [page.url().replace(/#.*$/, ''), run] as const,
    ) as Promise<T>;
  }

  const highlighted = async (page: Page) => (await Promise.all(NAMES.map((name) => highlightTexts(page, name)))).flat();

  it('leaves one live annotator, which alone follows the page', async () => {
    const errors: string[] = [];
    const page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The fixture server has no favicon: that 404 is the browser's, not ours.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    await page.goto(session.pageUrl('un/meeting-summary.html'));
    await waitForHighlights(page, 'apr-lens-ref', 1);
    const before = await highlighted(page);
    expect(before.length).toBeGreaterThan(3);

    await inTab(page, 'inject');
    await inTab(page, 'inject');
    await page.waitForFunction((count) => (CSS.highlights.get('apr-lens-ref')?.size ?? 0) + (CSS.highlights.get('apr-lens-ref-none')?.size ?? 0) >= count, before.length);
    expect(await page.locator(OVERLAY).count()).toBe(1);
    expect((await highlighted(page)).sort()).toEqual([...before].sort());

    // Only the live copy reads what the page adds: each new reference is highlighted once.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Later: see para 44 of the 3rd APR.';
      document.body.append(paragraph);
    });
    await page.waitForFunction(() => [...(CSS.highlights.get('apr-lens-ref-none') ?? []), ...(CSS.highlights.get('apr-lens-ref') ?? [])].some((range) => (range as Range).toString() === 'para 44'));
    await page.waitForTimeout(1500);
    const after = await highlighted(page);
    expect(after.filter((text) => text === 'para 44')).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
    // The badge counts mentions: the page's range "paragraphs 28–30" is one, though three paragraphs are highlighted.
    await expect.poll(() => inTab<string>(page, 'badge')).toBe(String(after.length - 2));
    expect(await page.locator(OVERLAY).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

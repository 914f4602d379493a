/**
 * Report texts in real Chromium: a report read in the reader or as a page is kept, its
 * version read from its own first page; a card elsewhere then shows the paragraph's text,
 * and "Open in the report" opens the reader at that paragraph, scrolled to and marked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { highlightTexts, waitForHighlights } from '../support/page-probes';
import { PDF_FIXTURES, writePdfFixtures } from '../support/pdf-fixtures';
import { overlay } from '../support/overlay';

describe('report texts in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    await writePdfFixtures();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openReader(file: string, host = 'docs.un.org'): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`reader.html?file=${encodeURIComponent(session.pageUrl(`pdf/${file}`, host))}`));
    await page.locator('.reader[data-status="complete"]').waitFor({ timeout: 30_000 });
    return page;
  }

  /** What the background keeps about a tab (the page summary), by the tab's URL. */
  async function summaryOf(page: Page): Promise<{ pageReport: { version: string } | null; paragraphs: { key: string }[] }> {
    return session.serviceWorker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      const [tab] = await api.tabs.query({ url });
      const key = `tab:${tab!.id}`;
      return (await api.storage.session.get(key))[key] as never;
    }, page.url());
  }

  it('reads a draft circulated under its report\'s symbol as the draft it says it is, marks all six paragraphs, and keeps its text', async () => {
    const page = await openReader(PDF_FIXTURES.crpDraft);
    await page.getByText('Kept for the cards: the text of 57 paragraphs of the 3rd APR (zero draft).').waitFor({ timeout: 15_000 });
    expect(await page.getByText(/calls itself the zero draft on its first page, while its title or symbol names the adopted version/).count()).toBe(1);
    const summary = await summaryOf(page);
    expect(summary.pageReport?.version).toBe('zero');
    expect(summary.paragraphs.map((paragraph) => paragraph.key)).toEqual(['apr3@zero:3', 'apr3@zero:5', 'apr3@zero:29e', 'apr3@zero:50', 'apr3@zero:50c', 'apr3@zero:50h']);
    await page.close();
  });

  it('shows the paragraph\'s text on a card elsewhere, and opens the report at it', async () => {
    const statement = await openReader(PDF_FIXTURES.statement, 'press.un.org');
    // Click the reference "para 29 e" on its drawn page.
    await waitForHighlights(statement, 'apr-lens-ref');
    const box = await statement.evaluate(() => {
      const ranges = [...(CSS.highlights.get('apr-lens-ref') ?? [])] as Range[];
      const range = ranges.find((each) => each.toString().replace(/\s+/g, ' ') === 'para 29 e')!;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await statement.mouse.click(box.x, box.y);
    const card = (await overlay(statement)).locator('.card');
    await card.getByRole('region', { name: 'What the paragraph says' }).waitFor({ timeout: 10_000 });
    const text = await card.innerText();
    expect(text).toMatch(/3rd APR \(zero draft\), as read from its document\s+Section: A\. Overview/);
    expect(text).toContain('States proposed the following measures to further implement the norms:');
    expect(text).toContain('(e) States underlined the importance of the protection of Critical Infrastructure');

    const opened = session.context.waitForEvent('page');
    await card.getByRole('button', { name: 'Open in the report' }).click();
    const report = await opened;
    await report.waitForURL(/reader\.html\?file=.*&paragraph=apr3%40zero%3A29e/);
    await waitForHighlights(report, 'apr-lens-find', 1, 30_000);
    expect(await highlightTexts(report, 'apr-lens-find')).toEqual([expect.stringMatching(/^\(e\) States underlined the importance/)]);
    await report.close();
    await statement.close();
  });

  it('keeps the text of a report read as a page, by message to the background', async () => {
    const page = await session.openPage('un/apr3-zero-draft-excerpt.html');
    await waitForHighlights(page, 'apr-lens-para');
    const stored = await session.serviceWorker.evaluate(async () => {
      const request = indexedDB.open('apr-lens');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      for (let tries = 0; tries < 50; tries++) {
        const all = await new Promise<{ id: string; format: string; paragraphs: unknown[] }[]>((resolve) => {
          const get = db.transaction('reportTexts').objectStore('reportTexts').getAll();
          get.onsuccess = () => resolve(get.result);
        });
        const html = all.find((each) => each.format === 'html');
        if (html) return { id: html.id, paragraphs: html.paragraphs.length };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    expect(stored).toMatchObject({ id: 'apr3@zero/en' });
    expect(stored!.paragraphs).toBeGreaterThan(5);
    await page.close();
  });
});

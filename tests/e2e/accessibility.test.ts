/**
 * axe on every extension page, and on a UN page with its margin markers and a card open, in
 * English and in French: no violation at any level of impact.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { waitForHighlights } from '../support/page-probes';
import { PDF_FIXTURES, writePdfFixtures } from '../support/pdf-fixtures';
import { OVERLAY, overlay } from '../support/overlay';

interface ChromeTabs {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
}

for (const language of ['en', 'fr']) {
  describe(`accessibility, ${language}`, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      await writePdfFixtures();
      session = await launchExtension({ uiLanguage: language });
    });
    afterAll(async () => {
      await session?.close();
    });

    async function view(path: string): Promise<Page> {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl(path));
      await page.locator('h1').first().waitFor();
      return page;
    }

    const tabIdOf = (page: Page) =>
      session.serviceWorker.evaluate(async (url) => {
        const [tab] = await (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.query({ url });
        return tab!.id!;
      }, page.url());

    it('finds nothing on a report page with its markers and a card open', async () => {
      const page = await session.openPage('un/apr3-zero-draft-excerpt.html');
      await waitForHighlights(page, 'apr-lens-para', 3);
      await (await overlay(page)).locator('.marker').first().click();
      await (await overlay(page)).locator('.card').waitFor({ state: 'visible' });
      expect(await axeViolations(page, OVERLAY)).toEqual([]);
      const tabId = await tabIdOf(page);

      const popup = await view(`popup.html?tab=${tabId}`);
      await popup.getByRole('combobox').first().fill('29e');
      await popup.getByRole('listbox').getByRole('option').first().waitFor();
      expect(await axeViolations(popup)).toEqual([]);

      const panel = await view(`sidepanel.html?tab=${tabId}`);
      await panel.locator('button.disclosure').first().click();
      await panel.locator('.paragraph-group [id^=paragraph-]').first().waitFor();
      expect(await axeViolations(panel)).toEqual([]);
      await page.close();
    });

    it('finds nothing on the options, welcome and reader pages', async () => {
      for (const path of ['options.html', 'welcome.html', 'reader.html']) {
        const page = await view(path);
        expect(await axeViolations(page), path).toEqual([]);
        await page.close();
      }
      const file = session.pageUrl(`pdf/${PDF_FIXTURES.draft}`, 'docs.un.org');
      const reader = await view(`reader.html?file=${encodeURIComponent(file)}`);
      await reader.locator('.reader[data-status="complete"]').waitFor({ timeout: 30_000 });
      await (await overlay(reader)).locator('.marker').first().waitFor({ state: 'attached' });
      expect(await axeViolations(reader)).toEqual([]);
      await reader.close();
      // Hints on the options page are read at a glance: no smaller than 13 px.
      const options = await view('options.html');
      const sizes = await options.locator('small, .hint').evaluateAll((hints) => hints.map((hint) => parseFloat(getComputedStyle(hint).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    });
  });
}

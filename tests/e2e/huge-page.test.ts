/**
 * A page with more references than the views can list: everything is highlighted, the
 * lookups go in batches the background accepts, and the badge and the side panel say that
 * the page was too large to list in full.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';

interface ChromeForBadge {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
}

describe('a page too large to list in full', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('highlights every reference and says on the badge and in the side panel that it lists the first 5,000', async () => {
    const page = await session.openPage('un/huge.html');
    await page.waitForFunction(() => (CSS.highlights.get('apr-lens-ref')?.size ?? 0) + (CSS.highlights.get('apr-lens-ref-none')?.size ?? 0) >= 12000, null, {
      timeout: 60_000,
    });
    const badge = () =>
      session.serviceWorker.evaluate(async (pageUrl) => {
        const api = (globalThis as unknown as { chrome: ChromeForBadge }).chrome;
        const [tab] = await api.tabs.query({ url: pageUrl });
        return { tabId: tab!.id!, text: await api.action.getBadgeText({ tabId: tab!.id! }), title: await api.action.getTitle({ tabId: tab!.id! }) };
      }, page.url());
    await expect.poll(async () => (await badge()).text, { timeout: 15_000 }).toBe('5k+');
    const { tabId, title } = await badge();
    expect(title).toMatch(/12000 APR references on this page, too many to list them all/);

    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.getByText('This page is too large to list in full: the first 5000 of its 12000 APR references are listed.').waitFor();
    await panel.close();
    await page.close();
  });
});

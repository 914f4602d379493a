/**
 * The last words typed before the side panel closes are kept, in real Chromium: the panel
 * saves as its page goes away, not only after the autosave's pause. (Headless Chromium
 * shows no side panel: the panel is opened as a tab, `sidepanel.html?tab=<id>`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { waitForHighlights } from '../support/page-probes';

interface ChromeTabs {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
}

describe('notes typed just before the side panel closes, in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are saved when the panel closes within the autosave pause', async () => {
    const page = await session.openPage('un/ict4peace-input.html');
    await waitForHighlights(page, 'apr-lens-ref', 3);
    const tabId = await session.serviceWorker.evaluate(async (url) => {
      const [tab] = await (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.query({ url });
      return tab!.id!;
    }, page.url());
    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl(`sidepanel.html?tab=${tabId}`));
    const paragraph = panel.getByRole('article', { name: /^3rd APR.*, para 29 \(e\)$/ });
    // Groups start collapsed: open this one first.
    await paragraph.getByRole('button', { name: /para 29 \(e\) \d+ mention/, expanded: false }).click();
    await paragraph.getByRole('button', { name: 'Add note' }).click();
    const editor = panel.getByRole('region', { name: /^Note on 3rd APR.*, para 29 \(e\)$/ });
    await editor.getByRole('textbox', { name: 'Your note' }).fill('Typed a moment before closing');
    await editor.getByText('Not saved yet…').waitFor();
    // The panel's page ends (as when the extension updates) without the field losing focus first.
    await panel.evaluate(() => location.replace('about:blank'));
    await panel.waitForURL('about:blank');
    await panel.close();

    const again = await session.context.newPage();
    await again.goto(session.extensionUrl(`sidepanel.html?tab=${tabId}`));
    const notes = again.getByRole('region', { name: 'All your notes' });
    await notes.getByText('Typed a moment before closing').waitFor({ timeout: 5000 });
    expect(await notes.getByText('Typed a moment before closing').count()).toBe(1);

    // An edit of the stored note, typed just before its page goes away, is there at the next opening.
    await notes.getByRole('button', { name: /Edit note on/ }).click();
    const edit = again.getByRole('region', { name: /^Note on 3rd APR.*, para 29 \(e\)$/ });
    await edit.getByRole('textbox', { name: 'Your note' }).fill('Typed a moment before closing, and more');
    await edit.getByText('Not saved yet…').waitFor();
    await again.evaluate(() => location.replace('about:blank'));
    await again.waitForURL('about:blank');
    await again.close();
    const third = await session.context.newPage();
    await third.goto(session.extensionUrl(`sidepanel.html?tab=${tabId}`));
    const after = third.getByRole('region', { name: 'All your notes' });
    await after.getByText('Typed a moment before closing, and more').waitFor({ timeout: 5000 });
    expect(await after.getByText(/^Typed a moment before closing/).count()).toBe(1);
    await third.close();
    await page.close();
  });
});

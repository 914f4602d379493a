import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { OVERLAY, overlay } from '../support/overlay';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs its service worker under a stable extension id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(session.extensionUrl('background.js'));
  });

  it('runs the content script on a UN page: exactly one host element, its shadow root closed to the page', async () => {
    const page = await session.openPage('un/ict4peace-input.html');
    await page.waitForSelector(OVERLAY, { state: 'attached', timeout: 10_000 });
    const host = await page.evaluate((selector) => {
      const hosts = document.querySelectorAll(selector);
      return { count: hosts.length, pageSeesShadow: Boolean(hosts[0]?.shadowRoot) };
    }, OVERLAY);
    expect(host).toEqual({ count: 1, pageSeesShadow: false });
    expect(await (await overlay(page)).locator('[role=status]').count()).toBe(1);
    await page.close();
  });

  it('leaves pages on other sites alone', async () => {
    const page = await session.openPage('un/ict4peace-input.html', 'example.test');
    await page.waitForTimeout(500);
    expect(await page.locator(OVERLAY).count()).toBe(0);
    await page.close();
  });

  it('renders the popup and the side panel', async () => {
    for (const path of ['popup.html', 'sidepanel.html', 'options.html']) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl(path));
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/APR Lens/);
      await page.close();
    }
  });
});

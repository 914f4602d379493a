/**
 * A page that tries to steer our UI, in real Chromium (DESIGN.md rule 8): it pre-defines
 * the host names it can guess, hides what sits beside the body, listens to window
 * messages and sends synthetic events. None of it may work.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { exposeOverlay, OVERLAY } from '../support/overlay';
import { waitForHighlights } from '../support/page-probes';

const PAGE = 'un/hostile-page.html';
/** A page with nothing hostile in it: what a page script can do there, it can do anywhere. */
const PLAIN = 'un/ict4peace-input.html';
const NOTES_TARGET_KEY = 'sidepanel:target';

interface ChromeStorage {
  storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
}

describe('a hostile page in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function notesTarget(): Promise<unknown> {
    return session.serviceWorker.evaluate(async (key) => {
      const api = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      return (await api.storage.session.get(key))[key] ?? null;
    }, NOTES_TARGET_KEY);
  }

  /** The centre of the highlighted "29 e", in the viewport. */
  function referencePoint(page: Page) {
    return page.evaluate(() => {
      const range = [...(CSS.highlights.get('apr-lens-ref') ?? [])].find((r) => (r as Range).toString().includes('29 e')) as Range;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
  }

  it('annotates it although it defined custom elements named as our host might be and placed one first', async () => {
    const page = await session.openPage(PAGE);
    await waitForHighlights(page, 'apr-lens-ref', 2);
    // None of the page's constructors received an element of ours.
    expect(await page.evaluate(() => (window as unknown as { __received: string[] }).__received)).toEqual(['apr-lens-ui']);
    const host = await page.evaluate(() => {
      const element = document.documentElement.lastElementChild!;
      return { name: element.localName, shadowRoot: element.shadowRoot === null };
    });
    expect(host.name).toMatch(/^apr-lens-[a-z]{10}$/);
    // Closed: the page cannot read our UI.
    expect(host.shadowRoot).toBe(true);
    await page.close();
  });

  it('shows the card in spite of the page\'s !important rules against the host', async () => {
    const page = await session.openPage(PAGE);
    await waitForHighlights(page, 'apr-lens-ref', 2);
    const point = await referencePoint(page);
    await page.mouse.click(point.x, point.y);
    await exposeOverlay(page);
    const card = page.locator(`${OVERLAY} .card`);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    // What is drawn at the card's centre is the card (a hidden or clipped host would show the page).
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? '', { x: box.x + box.width / 2, y: box.y + 20 });
    expect(hit).toMatch(/^apr-lens-/);
    await page.close();
  });

  it('posts no window message naming the extension', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const messages: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = messages;
      window.addEventListener('message', (event) => messages.push(JSON.stringify(event.data)));
    });
    await page.goto(session.pageUrl(PLAIN));
    await waitForHighlights(page, 'apr-lens-ref', 2);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((message) => message.includes(session.extensionId) || message.includes('content-script-started'))).toEqual([]);
    await page.close();
  });

  it('answers only trusted events: a page script cannot walk the references, open a card or add a note', async () => {
    const page = await session.openPage(PLAIN);
    await waitForHighlights(page, 'apr-lens-ref', 2);
    const point = await referencePoint(page);
    await page.evaluate(({ x, y }) => {
      const keys = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', keys));
      window.dispatchEvent(new KeyboardEvent('keydown', keys));
      document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
      document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
    }, point);
    await page.waitForTimeout(600);
    await exposeOverlay(page);
    expect(await page.locator(`${OVERLAY} .card`).count()).toBe(0);

    // Even a page that got hold of our shadow root cannot press "Add note".
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator(`${OVERLAY} .card`);
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await page.evaluate((selector) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Add note')!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }, OVERLAY);
    await page.waitForTimeout(500);
    expect(await notesTarget()).toBeNull();
    // The user's own click does.
    await card.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(notesTarget, { timeout: 5000 }).toMatchObject({ key: expect.stringMatching(/^apr3/) });
    await page.close();
  });
});

/**
 * Our overlay in a page, for the tests' locators. Its host has a random name and a closed
 * shadow root, which neither the page nor Playwright's selectors can reach; the DevTools
 * protocol can, and this hands the root to the page's main world and to Playwright's own,
 * as `host.shadowRoot`, for the tests only.
 */
import type { CDPSession, Page } from 'playwright-core';

/** The host: the one element beside `head` and `body`. */
export const OVERLAY = ':root > :not(head):not(body)';

interface DomNode {
  backendNodeId: number;
  localName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { isDefault?: boolean; frameId?: string };
}

async function worlds(cdp: CDPSession): Promise<ContextDescription[]> {
  const found: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => void found.push(context));
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  return found;
}

/** Waits for the overlay's host, then makes its shadow root reachable to `page.locator(OVERLAY + ' …')`. */
export async function exposeOverlay(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector(OVERLAY, { state: 'attached', timeout });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: DomNode };
    const html = root.children?.find((node) => node.localName === 'html');
    const host = html?.children?.find((node) => node.localName.startsWith('apr-lens-'));
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) throw new Error('The overlay host or its shadow root was not found.');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    // The page's own world and Playwright's, where its selectors run; not the extension's.
    const targets = (await worlds(cdp)).filter(
      (context) => context.auxData?.frameId === frameTree.frame.id && (context.auxData.isDefault || context.name.startsWith('__playwright')),
    );
    for (const context of targets) {
      const resolve = async (backendNodeId: number) =>
        ((await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: context.id })) as { object: { objectId: string } }).object.objectId;
      const [hostObject, shadowObject] = [await resolve(host.backendNodeId), await resolve(shadow.backendNodeId)];
      await cdp.send('Runtime.callFunctionOn', {
        objectId: hostObject,
        functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
        arguments: [{ objectId: shadowObject }],
      });
    }
  } finally {
    await cdp.detach();
  }
}

/** The overlay's host, its shadow root exposed: `(await overlay(page)).locator('.card')`. */
export async function overlay(page: Page) {
  await exposeOverlay(page);
  return page.locator(OVERLAY);
}

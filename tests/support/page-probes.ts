import type { Page } from 'playwright-core';

/** Texts of the ranges registered under a highlight name, in document order. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const ranges = [...(CSS.highlights.get(highlightName) ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString().replace(/\s+/g, ' '));
  }, name);
}

/** Waits until the extension has registered at least `count` ranges under `name`. */
export async function waitForHighlights(page: Page, name: string, count = 1, timeout = 15_000) {
  await page.waitForFunction(
    ([highlightName, least]) => (CSS.highlights.get(highlightName as string)?.size ?? 0) >= (least as number),
    [name, count],
    { timeout },
  );
}

/**
 * Records every change to the DOM of the pages `page` loads from now on (install before
 * `goto`), apart from changes inside our host element (its name starts with `hostPrefix`)
 * and its insertion.
 */
export async function watchPageDom(page: Page, hostPrefix = 'apr-lens-') {
  await page.addInitScript((prefix: string) => {
    const changes: string[] = [];
    (window as unknown as { __domChanges: string[] }).__domChanges = changes;
    // From the moment the page is parsed: before it, the parser is still building it.
    document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        const ours = (node: Node | null) => node?.nodeName.toLowerCase().startsWith(prefix) ?? false;
        // Our host sits beside the body, so a node is in ours when its top element is our host.
        const inOurs = (node: Node) => ours(node) || ours(node.parentElement?.closest(':root > *') ?? null);
        if (inOurs(target) || (target.parentElement && inOurs(target.parentElement))) continue;
        const nodes = [...record.addedNodes, ...record.removedNodes].filter((node) => !inOurs(node));
        if (record.type === 'childList' && nodes.length === 0) continue;
        changes.push(`${record.type} on ${target.nodeName}: ${nodes.map((node) => node.nodeName).join(',')}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
  }, hostPrefix);
}

export function pageDomChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __domChanges: string[] }).__domChanges);
}

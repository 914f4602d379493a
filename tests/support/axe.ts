import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Accessibility violations axe finds on the page, at every level of impact, as readable lines;
 * `within` keeps those inside one element (our host on a page that is not ours).
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // page.addScriptTag({ path }) adds an inline <script>, which the extension pages' MV3 content
  // security policy refuses; evaluating the same file through the debugging protocol is not subject to it.
  await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    // label-content-name-mismatch is experimental in axe, off unless asked for: a button's name must contain its visible text.
    const { violations } = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    return violations.flatMap((violation) => {
      const nodes = violation.nodes.map((node) => JSON.stringify(node.target)).filter((target) => !scope || target.includes(scope));
      return nodes.length ? [`${violation.impact} ${violation.id}: ${nodes.join(', ')}`] : [];
    });
  }, within ?? null);
}

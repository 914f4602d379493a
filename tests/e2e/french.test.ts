/** The extension in a French browser: every page speaks French, down to its language tag, title, plurals and dates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { waitForHighlights } from '../support/page-probes';
import { overlay } from '../support/overlay';

describe('APR Lens in French', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ uiLanguage: 'fr' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gives every extension page the UI language and a French title', async () => {
    const titles: Record<string, string> = {
      'popup.html': 'APR Lens',
      'sidepanel.html': 'APR Lens — panneau latéral',
      'options.html': "Options d'APR Lens",
      'reader.html': 'Lecteur APR Lens',
    };
    for (const [path, title] of Object.entries(titles)) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl(path));
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang.slice(0, 2), document.title])).toEqual(['fr', title]);
      await page.close();
    }
  });

  it('writes paragraphs, dates and themes the French way on the card', async () => {
    const page = await session.openPage('un/ict4peace-input.html');
    await waitForHighlights(page, 'apr-lens-ref', 3);
    const card = (await overlay(page)).locator('.card');
    for (let i = 0; i < 8 && !(await card.isVisible().catch(() => false) && /29 e\)/.test(await card.innerText())); i++) {
      await page.keyboard.press('Alt+Shift+N');
      await card.waitFor({ state: 'visible', timeout: 5000 });
    }
    const text = await card.innerText();
    expect(text).toMatch(/ICT4Peace sur 3e RAA.*par\. 29 e\)/);
    expect(text).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
    expect(text).toContain('Infrastructures critiques');
    expect(text).not.toContain('critical-infrastructure');
    await card.getByRole('button', { name: 'Copier la référence' }).click();
    await card.getByRole('status').getByText(/^Copié : A\/79\/214( \(avant-projet\))?, par\. 29 e\)$/).waitFor();
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';

interface ChromeCommands {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

describe('the keyboard shortcut', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is bound by Chromium, and the options page and popup show the binding it gave', async () => {
    const commands = await session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeCommands }).chrome;
      return (await api.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    const annotate = commands.find((command) => command.name === 'annotate-page');
    expect(annotate?.shortcut).toBeTruthy();
    for (const path of ['options.html', 'popup.html']) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl(path));
      await expect(page.getByText(annotate!.shortcut!, { exact: false }).first().isVisible()).resolves.toBe(true);
      await page.close();
    }
  });
});

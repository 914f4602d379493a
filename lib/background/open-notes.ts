/**
 * "Add note" on a card: the side panel opens on that paragraph. The target is left in
 * session storage, where the side panel reads it when it opens and whenever it changes.
 */
import { browser } from 'wxt/browser';
import { onMessage, type NotesTarget } from '../messaging';

export const NOTES_TARGET_KEY = 'sidepanel:target';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

export async function openNotesFor(target: NotesTarget, tabId: number | undefined): Promise<void> {
  await browser.storage.session.set({ [NOTES_TARGET_KEY]: { ...target, at: Date.now() } });
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (chromeSidePanel && tabId !== undefined) await chromeSidePanel.open({ tabId });
  else await firefoxSidebar?.open();
}

export function registerNotesOpener() {
  onMessage('openNotes', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) return;
    await openNotesFor(data, sender.tab?.id).catch((error: unknown) => {
      console.warn('APR Lens: the side panel could not be opened here.', error);
    });
  });
}

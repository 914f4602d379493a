/**
 * "Add note" on a card: the side panel opens on that paragraph. The target is left in
 * session storage, where the side panel reads it when it opens and whenever it changes.
 */
import { browser } from 'wxt/browser';
import { onMessage, type NotesTarget } from '../messaging';
import { openSidePanel } from './side-panel';

export const NOTES_TARGET_KEY = 'sidepanel:target';

export async function openNotesFor(target: NotesTarget, tabId: number | undefined): Promise<void> {
  // The panel is asked for before any await: the browser opens it only within the user's gesture.
  await Promise.all([openSidePanel(tabId ?? null), browser.storage.session.set({ [NOTES_TARGET_KEY]: { ...target, at: Date.now() } })]);
}

export function registerNotesOpener() {
  onMessage('openNotes', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) return;
    await openNotesFor(data, sender.tab?.id).catch((error: unknown) => {
      console.warn('APR Lens: the side panel could not be opened here.', error);
    });
  });
}

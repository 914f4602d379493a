/**
 * "Add note" on a card: the side panel opens on that paragraph. The target is left in
 * session storage, where the side panel reads it when it opens and whenever it changes.
 */
import { browser } from 'wxt/browser';
import { documentMessages, received, senderKind, thisExtension } from '../messaging';
import { openSidePanel } from './side-panel';

export const NOTES_TARGET_KEY = 'sidepanel:target';

export interface NotesTarget {
  key: string | null;
  pageUrl: string;
  quote?: string | null;
  /** An existing note to open (a search result in the popup). */
  noteId?: string;
}

export async function openNotesFor(target: NotesTarget, tabId: number | undefined): Promise<void> {
  // The panel is asked for before any await: the browser opens it only within the user's gesture.
  await Promise.all([openSidePanel(tabId ?? null), browser.storage.session.set({ [NOTES_TARGET_KEY]: { ...target, at: Date.now() } })]);
}

/** The same document, whatever its fragment. */
const documentOf = (url: string) => url.split('#')[0];

export function registerNotesOpener() {
  documentMessages.onMessage('openNotes', async (message) => {
    const extension = thisExtension();
    const target = received('openNotes', message, extension);
    // A content script opens notes on its own page only (the reader, on the document it shows).
    const fromPage = senderKind(message.sender, extension.id, extension.origin) === 'content-script';
    if (fromPage && documentOf(message.sender.url ?? '') !== documentOf(target.pageUrl)) {
      throw new Error('APR Lens opens notes only on the page that asks for them.');
    }
    await openNotesFor(target, message.sender.tab?.id).catch((error: unknown) => {
      console.warn('APR Lens: the side panel could not be opened here.', error);
    });
  });
}

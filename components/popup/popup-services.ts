/** What the popup does outside itself; the real browser by default, fakes in tests. */
import { browser } from 'wxt/browser';
import { openNotesFor } from '../../lib/notes/open-notes';
import { extensionPageMessages } from '../../lib/messaging';
import { openSidePanel } from '../../lib/notes/side-panel';
import type { Result } from '../../lib/result';
import { browserViewServices, type ViewServices } from '../view-services';

export interface PopupServices extends ViewServices {
  openUrl(url: string): Promise<void>;
  openNote(noteId: string, tabId: number | null): Promise<void>;
  annotate(tabId: number): Promise<Result>;
  openSidePanel(tabId: number | null): Promise<void>;
  close(): void;
}

export const browserServices: PopupServices = {
  ...browserViewServices,
  openUrl: async (url) => {
    await browser.tabs.create({ url });
  },
  openNote: (noteId, tabId) => openNotesFor({ key: null, pageUrl: '', noteId }, tabId ?? undefined),
  annotate: (tabId) => extensionPageMessages.sendMessage('annotateTab', tabId),
  openSidePanel,
  close: () => window.close(),
};

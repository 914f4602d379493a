/** What the side panel does outside itself; the real browser by default, fakes in tests. */
import { browser } from 'wxt/browser';
import { NOTES_TARGET_KEY } from '../../lib/notes/open-notes';
import type { NotesTarget } from '../../lib/notes/open-notes';
import { downloadText } from '../download-text';
import { browserViewServices, type ViewServices } from '../view-services';

export type StoredTarget = NotesTarget & { at: number };

export interface SidePanelServices extends ViewServices {
  /** A request to open the editor made in the last moments (the side panel opening for it), if any. */
  recentTarget(): Promise<StoredTarget | null>;
  /** Calls `listener` with every new request while the side panel is open. */
  watchTarget(listener: (target: StoredTarget) => void): () => void;
  download(filename: string, content: string, type: string): void;
}

/**
 * How old a request may be when the side panel loads and still be for it. The request is
 * not removed once read: every open side panel (one per window) may answer it.
 */
const FRESH_MS = 30_000;

export const browserSidePanelServices: SidePanelServices = {
  ...browserViewServices,
  async recentTarget() {
    const stored = await browser.storage.session.get(NOTES_TARGET_KEY);
    const target = stored[NOTES_TARGET_KEY] as StoredTarget | undefined;
    return target && Date.now() - target.at < FRESH_MS ? target : null;
  },
  watchTarget(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const target = area === 'session' ? (changes[NOTES_TARGET_KEY]?.newValue as StoredTarget | undefined) : undefined;
      if (target) listener(target);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  download: downloadText,
};

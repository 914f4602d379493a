/**
 * "Add a note on this selection" in the context menu: opens the side panel's note editor
 * with the selected text kept as the note's quote, on the paragraph the selection names
 * if it names one, otherwise on the page.
 */
import { browser } from 'wxt/browser';
import { detectReferences, paragraphKeyOf } from '../detector';
import { t } from '../i18n';
import type { NotesTarget } from './open-notes';
import { openNotesFor } from './open-notes';

export const NOTE_MENU_ID = 'apr-lens-note-selection';

export function noteTargetForSelection(selection: string, pageUrl: string): NotesTarget {
  const quote = selection.trim().replace(/\s+/g, ' ');
  const key = detectReferences(quote).map(paragraphKeyOf).find((found) => found !== null) ?? null;
  return { key, pageUrl, quote };
}

export function registerNoteMenu() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: NOTE_MENU_ID, title: t('menuNoteSelection'), contexts: ['selection'] }, () => {
      // Re-creating an existing item on update is harmless; reading lastError keeps it quiet.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== NOTE_MENU_ID || !info.selectionText) return;
    const pageUrl = info.pageUrl ?? tab?.url ?? '';
    void openNotesFor(noteTargetForSelection(info.selectionText, pageUrl), tab?.id).catch(() => undefined);
  });
}

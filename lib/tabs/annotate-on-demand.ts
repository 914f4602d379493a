/**
 * "Annotate this page" on a site outside the default list: the context menu, the keyboard
 * command and the popup run the content script once in the tab, through activeTab.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { errorMessage, type Result } from '../result';

export const ANNOTATE_MENU_ID = 'apr-lens-annotate-page';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function annotateTab(tabId: number): Promise<Result> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `APR Lens cannot read this page (${errorMessage(error)}).` };
  }
}

export function registerAnnotateOnDemand() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ANNOTATE_MENU_ID, title: t('menuAnnotatePage'), contexts: ['page', 'selection'] }, () => {
      // Re-creating an existing item on update is harmless; reading lastError keeps it quiet.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANNOTATE_MENU_ID && tab?.id !== undefined) void annotateTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'annotate-page' && tab?.id !== undefined) void annotateTab(tab.id);
  });
}

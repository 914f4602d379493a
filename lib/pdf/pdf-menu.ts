/**
 * "Open in APR Lens" on the context menu of a link to a PDF (any .pdf, or any link to the
 * UN document hosts): opens the reader on it in a new tab next to the current one.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { PDF_LINK_PATTERNS, readerUrlFor } from './reader-url';

export const PDF_MENU_ID = 'apr-lens-open-pdf';

export const PDF_MENU_ITEM = { id: PDF_MENU_ID, contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS } as const;

export function registerPdfMenu() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ ...PDF_MENU_ITEM, contexts: [...PDF_MENU_ITEM.contexts], targetUrlPatterns: [...PDF_MENU_ITEM.targetUrlPatterns], title: t('menuOpenPdf') }, () => {
      // Re-creating an existing item on update is harmless; reading lastError keeps it quiet.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== PDF_MENU_ID || !info.linkUrl) return;
    void browser.tabs.create({ url: readerUrlFor(info.linkUrl), index: tab ? tab.index + 1 : undefined, openerTabId: tab?.id });
  });
}

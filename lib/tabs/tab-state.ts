/**
 * What each tab's page holds: the summary its content script (or the PDF reader) last
 * reported, kept in session storage so that it outlives the service worker, and shown as
 * the action badge.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { listedInPart, MAX_LISTED, type PageSummary } from '../page/page-summary';

const storageKey = (tabId: number) => `tab:${tabId}`;

/** The badge: how many references the page has; "5k+" where it has more than its summary lists. */
export function badgeFor(summary: PageSummary): { text: string; title: string | null } {
  if (listedInPart(summary)) return { text: `${Math.floor(MAX_LISTED / 1000)}k+`, title: t('badgeListedInPart', [summary.referenceCount]) };
  return { text: summary.referenceCount > 0 ? String(summary.referenceCount) : '', title: null };
}

export async function setTabState(tabId: number, summary: PageSummary): Promise<void> {
  try {
    await browser.storage.session.set({ [storageKey(tabId)]: summary });
  } catch {
    // Past the session storage's quota: the views still learn how many references there are.
    await browser.storage.session.set({ [storageKey(tabId)]: { ...summary, references: [], paragraphs: [], unplaced: [] } });
  }
  const badge = badgeFor(summary);
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setTitle({ tabId, title: badge.title ?? browser.runtime.getManifest().action?.default_title ?? '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5ea8' });
}

export async function getTabState(tabId: number): Promise<PageSummary | null> {
  const stored = await browser.storage.session.get(storageKey(tabId));
  return (stored[storageKey(tabId)] as PageSummary | undefined) ?? null;
}

/** Calls `listener` whenever the tab's state changes; returns the unsubscribe. */
export function watchTabState(tabId: number, listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && storageKey(tabId) in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export function registerTabStateCleanup() {
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(storageKey(tabId)));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: what the old one held is gone until the new one reports.
    if (change.status === 'loading' && change.url) {
      void browser.storage.session.remove(storageKey(tabId));
      void browser.action.setBadgeText({ tabId, text: '' });
    }
  });
}

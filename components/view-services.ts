/** What the popup and side panel read of the browser about their tab; fakes replace it in tests. */
import { browser } from 'wxt/browser';
import { getTabState, watchTabState } from '../lib/tabs/tab-state';
import { tabMessages } from '../lib/messaging';
import type { PageSummary } from '../lib/page/page-summary';
import { viewedTabId } from '../lib/tabs/viewed-tab';

export interface ViewServices {
  tabId(): Promise<number | null>;
  /** Calls `listener` when the view should look at another tab (the user switched tabs). */
  watchTabId(listener: () => void): () => void;
  tabState(tabId: number): Promise<PageSummary | null>;
  /** Calls `listener` whenever the tab's state changes; returns the unsubscribe. */
  watchTabState(tabId: number, listener: () => void): () => void;
  /** Asks the tab to scroll to a reference and open its card. */
  reveal(tabId: number, target: { id: number } | { key: string }): Promise<boolean>;
}

export const browserViewServices: ViewServices = {
  tabId: () => viewedTabId(),
  watchTabId(listener) {
    const onActivated = () => listener();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  },
  tabState: getTabState,
  watchTabState,
  reveal: (tabId, target) => tabMessages.sendMessage('revealReference', target, tabId),
};

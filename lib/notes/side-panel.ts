/**
 * Opens the side panel from an extension page or the background, in the user's gesture:
 * Chrome's sidePanel API for the tab, Firefox's sidebar_action.
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

export async function openSidePanel(tabId: number | null): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (chromeSidePanel && tabId !== null) await chromeSidePanel.open({ tabId });
  else if (firefoxSidebar) await firefoxSidebar.open();
  else throw new Error('This browser has no side panel.');
}

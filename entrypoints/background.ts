import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Chrome: the toolbar button's side panel; Firefox uses sidebar_action and has no such API.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } })
    .chrome?.sidePanel;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`APR Lens ${browser.runtime.getManifest().version}: ${reason}`);
  });
});

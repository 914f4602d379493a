/** Opens the welcome page once, when the extension is installed (not on updates or browser restarts). */
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

export function registerWelcome() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: (browser.runtime as unknown as { getURL(path: string): string }).getURL(WELCOME_PAGE) });
  });
}

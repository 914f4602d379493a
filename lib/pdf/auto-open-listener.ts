/**
 * Opens PDFs from the UN document sites in the reader when the option is on.
 *
 * How: tabs.onUpdated, which reports the URL of tabs on the sites in host_permissions (the
 * UN sites already are) without the "tabs" or "webNavigation" permission; the tab is then
 * sent to the reader. No new permission, so no new install warning. declarativeNetRequest
 * would redirect before the PDF loads, but it cannot URL-encode the address into
 * `reader.html?file=`, needs the reader to be web-accessible to every site, and cannot
 * tell "back from the reader" from a fresh visit, which would trap the user in the reader.
 */
import { browser } from 'wxt/browser';
import { autoOpenEnabled, shouldOpenInReader } from './auto-open';
import { readerUrlFor } from './reader-url';

/** The last URL each tab showed, kept in session storage so that it outlives the service worker. */
const lastUrlKey = (tabId: number) => `pdf:lastUrl:${tabId}`;

export function registerPdfAutoOpen() {
  const readerPrefix = readerUrlFor('').replace(/\?.*$/, '');
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const url = change.url;
    if (!url) return;
    void (async () => {
      const stored = await browser.storage.session.get(lastUrlKey(tabId));
      const previous = (stored[lastUrlKey(tabId)] as string | undefined) ?? null;
      await browser.storage.session.set({ [lastUrlKey(tabId)]: url });
      if (!shouldOpenInReader(url, previous, readerPrefix) || !(await autoOpenEnabled())) return;
      await browser.tabs.update(tabId, { url: readerUrlFor(url) });
    })().catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(lastUrlKey(tabId)));
}

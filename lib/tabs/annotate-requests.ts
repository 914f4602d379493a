/** What the popup asks of the background: "Annotate this page", through activeTab. */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { annotateTab } from './annotate-on-demand';

export function registerPopupRequests() {
  onMessage('annotateTab', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !Number.isInteger(data)) return { ok: false, reason: 'APR Lens answers its own extension only.' };
    return annotateTab(data);
  });
}

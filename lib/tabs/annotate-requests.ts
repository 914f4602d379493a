/** What the popup asks of the background: "Annotate this page", through activeTab. */
import { extensionPageMessages, received, thisExtension } from '../messaging';
import { annotateTab } from './annotate-on-demand';

export function registerPopupRequests() {
  extensionPageMessages.onMessage('annotateTab', (message) => annotateTab(received('annotateTab', message, thisExtension())));
}

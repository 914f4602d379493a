import { defineContentScript } from 'wxt/utils/define-content-script';
import { UN_SITE_MATCHES } from '../../lib/sites/un-sites';
import { documentMessages, received, tabMessages, thisExtension } from '../../lib/messaging';
import '../../assets/highlights.css';
import { annotatePage } from './annotate-page';

/**
 * Told by each copy of this script as it starts. WXT's context already ends an older copy
 * of the same version; a copy left in the page by an update of the extension hears this,
 * finds that its extension is gone, and ends too (a page that sends it ends nothing).
 */
const STARTED_EVENT = 'apr-lens:content-script-started';

export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    if (!document.body) return;
    document.addEventListener(STARTED_EVENT, () => void ctx.isInvalid, { signal: ctx.signal });
    document.dispatchEvent(new Event(STARTED_EVENT));
    const page = await annotatePage(
      document,
      {
        lookup: (keys) => documentMessages.sendMessage('lookupPositions', keys),
        positionsForReport: (report) => documentMessages.sendMessage('positionsForReport', report),
        report: (summary) => void documentMessages.sendMessage('pageSummary', summary).catch(() => undefined),
        openNotes: (key) => void documentMessages.sendMessage('openNotes', { key, pageUrl: location.href }).catch(() => undefined),
        // The background is gone when the extension was updated or removed: reading the context ends this copy then.
        onFollowError: (error) => {
          if (ctx.isValid) console.warn('APR Lens: changes to this page could not be annotated.', error);
        },
      },
      ctx.signal,
    ).catch((error: unknown) => {
      if (!ctx.signal.aborted) throw error;
      return null;
    });
    if (!page) return;
    // The popup and the side panel ask for a reference: scroll to it and open its card.
    ctx.onInvalidated(tabMessages.onMessage('revealReference', (message) => page.reveal(received('revealReference', message, thisExtension()))));
  },
});

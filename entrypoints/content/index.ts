import { defineContentScript } from 'wxt/utils/define-content-script';
import { UN_SITE_MATCHES } from '../../lib/sites';
import { onMessage, sendMessage } from '../../lib/messaging';
import '../../assets/highlights.css';
import { annotatePage, type PagePosition } from './annotate-page';

export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise post a window message naming the extension to every page (a fingerprint).
  noScriptStartedPostMessage: true,
  async main() {
    // Injected again by "Annotate this page" where it already ran: once is enough. The mark is
    // kept in this script's own world, where the page can neither set nor see it.
    const annotated = globalThis as { aprLensAnnotated?: boolean };
    if (annotated.aprLensAnnotated || !document.body) return;
    annotated.aprLensAnnotated = true;
    const page = await annotatePage(document, {
      lookup: (keys) => sendMessage('lookupPositions', keys) as Promise<Record<string, PagePosition[]>>,
      positionsForReport: (report) => sendMessage('positionsForReport', report) as Promise<PagePosition[]>,
      report: (summary) => void sendMessage('pageSummary', summary).catch(() => undefined),
      openNotes: (key) => void sendMessage('openNotes', { key, pageUrl: location.href }).catch(() => undefined),
    });
    // The popup and the side panel ask for a reference: scroll to it and open its card.
    onMessage('revealReference', ({ data }) => page.reveal(data));
  },
});

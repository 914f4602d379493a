import { defineContentScript } from 'wxt/utils/define-content-script';
import { UN_SITE_MATCHES } from '../../lib/sites';
import { onMessage, sendMessage } from '../../lib/messaging';
import { HOST_TAG } from '../../lib/page/host';
import '../../assets/highlights.css';
import { annotatePage, type PagePosition } from './annotate-page';

export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    // Injected again by "Annotate this page" where it already ran: once is enough.
    if (document.querySelector(HOST_TAG) || !document.body) return;
    const page = await annotatePage(document, {
      lookup: (keys) => sendMessage('lookupPositions', keys) as Promise<Record<string, PagePosition[]>>,
      positionsForReport: (report) => sendMessage('positionsForReport', report) as Promise<PagePosition[]>,
      report: (summary) => void sendMessage('pageSummary', summary).catch(() => undefined),
      openNotes: (key) => void sendMessage('openNotes', { key, pageUrl: location.href }).catch(() => undefined),
      captureReport: (text) => void sendMessage('captureReportText', text).catch(() => undefined),
    });
    // The popup and the side panel ask for a reference: scroll to it and open its card.
    onMessage('revealReference', ({ data }) => page.reveal(data));
  },
});

/**
 * For the popup: "Open this PDF in APR Lens" when the tab shows a PDF, which the content
 * script cannot annotate in the browser's own viewer. Opens the reader in that tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { isPdfUrl, readerUrlFor } from '../../lib/pdf/reader-url';

export interface OpenInReaderServices {
  /** The tab's URL (readable in the popup through activeTab or the host permissions). */
  tabUrl(tabId: number): Promise<string | null>;
  openReader(tabId: number, readerUrl: string): Promise<void>;
  close(): void;
}

export const browserOpenInReaderServices: OpenInReaderServices = {
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
  openReader: async (tabId, readerUrl) => {
    await browser.tabs.update(tabId, { url: readerUrl });
  },
  close: () => window.close(),
};

export interface OpenInReaderButtonProps {
  tabId: number | null;
  services?: OpenInReaderServices;
}

export function OpenInReaderButton({ tabId, services = browserOpenInReaderServices }: OpenInReaderButtonProps) {
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setPdfUrl(null);
    if (tabId !== null) {
      void services.tabUrl(tabId).then(
        (url) => live && setPdfUrl(url && isPdfUrl(url) ? url : null),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [tabId, services]);

  if (tabId === null || !pdfUrl) return null;
  return (
    <button type="button" class="open-in-reader" onClick={() => void services.openReader(tabId, readerUrlFor(pdfUrl)).then(services.close)}>
      {t('popupOpenInReader')}
    </button>
  );
}

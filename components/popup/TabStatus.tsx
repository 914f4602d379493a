/** The current tab: how many references APR Lens found there, and what can be done about it. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PageSummary } from '../../lib/page/page-summary';
import { OpenInReaderButton } from '../reader/OpenInReaderButton';
import type { PopupServices } from './popup-services';
import { errorMessage } from '../../lib/result';

export interface TabStatusProps {
  tabId: number | null;
  summary: PageSummary | null;
  services: PopupServices;
}

export function TabStatus({ tabId, summary, services }: TabStatusProps) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setMessage(''), [summary]);

  const annotate = async () => {
    if (tabId === null) return;
    setBusy(true);
    const result = await services.annotate(tabId).catch((error: unknown) => ({ ok: false as const, message: errorMessage(error) }));
    setBusy(false);
    setMessage(result.ok ? t('popupAnnotating') : result.message);
  };
  const openPanel = () => {
    // Called straight from the click: the browser opens a side panel only in a user gesture.
    services.openSidePanel(tabId).then(
      () => services.close(),
      (error: unknown) => setMessage(t('popupSidePanelFailed', [errorMessage(error)])),
    );
  };

  return (
    <section class="tab-status" aria-label={t('popupThisPage')}>
      <p>{summary ? t('popupReferencesFound', [summary.referenceCount + summary.paragraphs.length]) : t('popupNotAnnotated')}</p>
      <div class="actions">
        {!summary && tabId !== null && (
          <button type="button" onClick={annotate} disabled={busy}>
            {t('commandAnnotatePage')}
          </button>
        )}
        <button type="button" onClick={openPanel}>
          {t('popupOpenSidePanel')}
        </button>
        <OpenInReaderButton tabId={tabId} />
      </div>
      {message && (
        <p class="message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import { onMessage, sendMessage } from '../../lib/messaging';
import { fileOfReaderUrl } from '../../lib/pdf/reader-url';
import '../../assets/ui.css';
import '../../assets/highlights.css';
import '../../components/reader/reader.css';

speakUiLanguage(document, t('readerTitle'));

// Positions come from the background, which waits for the first dataset sync (as for content scripts).
render(
  <Reader
    initialUrl={fileOfReaderUrl(location.search)}
    backend={{
      lookup: (keys) => sendMessage('lookupPositions', keys),
      positionsForReport: (report) => sendMessage('positionsForReport', report),
      report: (summary) => void sendMessage('pageSummary', summary).catch(() => undefined),
    }}
    onAddNote={(key, pageUrl) => void sendMessage('openNotes', { key, pageUrl }).catch(() => undefined)}
    onRevealRequest={(handler) => onMessage('revealReference', ({ data }) => handler(data))}
  />,
  document.getElementById('app')!,
);

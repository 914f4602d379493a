import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import { documentMessages, received, tabMessages, thisExtension } from '../../lib/messaging';
import { fileOfReaderUrl } from '../../lib/pdf/reader-url';
import '../../assets/ui.css';
import '../../assets/highlights.css';
import '../../components/reader/reader.css';

// Positions come from the background, which waits for the first dataset sync (as for content scripts).
render(
  <Reader
    initialUrl={fileOfReaderUrl(location.search)}
    backend={{
      lookup: (keys) => documentMessages.sendMessage('lookupPositions', keys),
      positionsForReport: (report) => documentMessages.sendMessage('positionsForReport', report),
      report: (summary) => void documentMessages.sendMessage('pageSummary', summary).catch(() => undefined),
    }}
    onAddNote={(key, pageUrl) => void documentMessages.sendMessage('openNotes', { key, pageUrl }).catch(() => undefined)}
    onRevealRequest={(handler) => tabMessages.onMessage('revealReference', (message) => handler(received('revealReference', message, thisExtension())))}
  />,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import { documentMessages, received, tabMessages, thisExtension } from '../../lib/messaging';
import { fileOfReaderUrl, paragraphOfReaderUrl } from '../../lib/pdf/reader-url';
import { keepCapturedReport } from '../../lib/reports/keep-captured-report';
import { openDatabase } from '../../lib/data/db';
import '../../assets/ui.css';
import '../../assets/highlights.css';
import '../../components/reader/reader.css';

const database = openDatabase();
speakUiLanguage(document, t('readerTitle'));

// Positions come from the background, which waits for the first dataset sync (as for content scripts).
render(
  <Reader
    initialUrl={fileOfReaderUrl(location.search)}
    initialParagraph={paragraphOfReaderUrl(location.search)}
    backend={{
      lookup: (keys) => documentMessages.sendMessage('lookupPositions', keys),
      positionsForReport: (report) => documentMessages.sendMessage('positionsForReport', report),
      report: (summary) => void documentMessages.sendMessage('pageSummary', summary).catch(() => undefined),
    }}
    // An extension page: it keeps a report's text through the data module itself.
    keepReport={async (captured) => keepCapturedReport(await database, captured)}
    onAddNote={(key, pageUrl) => void documentMessages.sendMessage('openNotes', { key, pageUrl }).catch(() => undefined)}
    onRevealRequest={(handler) => tabMessages.onMessage('revealReference', (message) => handler(received('revealReference', message, thisExtension())))}
  />,
  document.getElementById('app')!,
);

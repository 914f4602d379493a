/** The toolbar popup: the current tab's state, and search over every position and note. */
import { useEffect, useState } from 'preact/hooks';
import type { Database } from '../../lib/data/db';
import { t } from '../../lib/i18n';
import { resultAction } from '../../lib/search/result-action';
import type { SearchEntry } from '../../lib/search/search-index';
import { useViewedTab } from '../use-viewed-tab';
import { useSearchIndex } from './use-search-index';
import { SearchPanel } from './SearchPanel';
import { TabStatus } from './TabStatus';
import { browserServices, type PopupServices } from './popup-services';
import { errorMessage } from '../../lib/result';

export interface PopupProps {
  database: Promise<Database>;
  services?: PopupServices;
}

export function Popup({ database, services = browserServices }: PopupProps) {
  const [db, setDb] = useState<Database | null>(null);
  const [failure, setFailure] = useState('');
  const { tabId, summary } = useViewedTab(services, false);
  const [query, setQuery] = useState('');
  const indexState = useSearchIndex(db);

  useEffect(() => {
    database.then(setDb, (error: unknown) => setFailure(t('databaseFailed', [errorMessage(error)])));
  }, [database]);

  const activate = async (entry: SearchEntry) => {
    const action = resultAction(entry, summary);
    if (!action) {
      setFailure(t('resultNoSource'));
      return;
    }
    try {
      if (action.kind === 'query') {
        setQuery(action.text);
        return;
      }
      if (action.kind === 'reveal' && tabId !== null) await services.reveal(tabId, action.target);
      else if (action.kind === 'open') await services.openUrl(action.url);
      else if (action.kind === 'note') await services.openNote(action.noteId, tabId);
      services.close();
    } catch (error) {
      setFailure(t('resultOpenFailed', [errorMessage(error)]));
    }
  };

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <TabStatus tabId={tabId} summary={summary} services={services} />
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {indexState.status === 'ready' && (
        <SearchPanel index={indexState.index} revision={indexState.revision} query={query} onQuery={setQuery} onActivate={(entry) => void activate(entry)} />
      )}
      {indexState.status === 'loading' && !failure && <p class="empty">{t('searchLoading')}</p>}
      {indexState.status === 'failed' && (
        <p class="error" role="alert">
          {t('searchFailed', [indexState.message])}
        </p>
      )}
    </main>
  );
}

/** The tab a view is about, and its page summary, kept current as the tab and its page change. */
import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../lib/page/page-summary';
import type { ViewServices } from './view-services';

export function useViewedTab(services: ViewServices, followActiveTab: boolean) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [switches, setSwitches] = useState(0);

  useEffect(() => (followActiveTab ? services.watchTabId(() => setSwitches((n) => n + 1)) : undefined), [services, followActiveTab]);

  useEffect(() => {
    let stop = () => {};
    let live = true;
    void services.tabId().then((id) => {
      if (!live) return;
      setTabId(id);
      setSummary(null);
      if (id === null) return;
      const read = () => void services.tabState(id).then((state) => live && setSummary(state), () => live && setSummary(null));
      read();
      stop = services.watchTabState(id, read);
    });
    return () => {
      live = false;
      stop();
    };
  }, [services, switches]);

  return { tabId, summary };
}

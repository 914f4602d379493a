/** Options: the sites annotated by default, and the reader's own, added through optional host permissions. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readerHostPatterns, sitePatterns, userSitePatterns } from '../lib/sites/user-sites';
import { t } from '../lib/i18n';
import { UN_SITE_MATCHES } from '../lib/sites/un-sites';
import { REPORT_IDS } from '../lib/paragraph-key';
import { GetReportText, type GetReportTextServices } from './GetReportText';
import { PdfAutoOpenOption } from './reader/PdfAutoOpenOption';
import { ReadingOptionsForm } from './ReadingOptionsForm';
import { ShortcutHint } from './ShortcutHint';

/** The UN sites annotated by default, one name each: the options and the welcome page list them alike. */
export function DefaultSites() {
  return (
    <ul>
      {sitesOf(UN_SITE_MATCHES).map((site) => (
        <li key={site}>
          <code>{site}</code>
        </li>
      ))}
    </ul>
  );
}

/** `*://*.example.org/*`, `*://example.org/*` and `https://example.org/*` read as one site: example.org. */
function siteOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}

export function sitesOf(patterns: string[]): string[] {
  return [...new Set(patterns.map(siteOf))].sort();
}

/** Each site with the patterns granted for it, exactly as granted: what removing it must take back. */
function bySite(patterns: string[]): Map<string, string[]> {
  const sites = new Map<string, string[]>();
  for (const pattern of [...patterns].sort()) sites.set(siteOf(pattern), [...(sites.get(siteOf(pattern)) ?? []), pattern]);
  return new Map([...sites].sort(([a], [b]) => a.localeCompare(b)));
}

export function Options({ getReportText }: { getReportText?: GetReportTextServices } = {}) {
  const [sites, setSites] = useState<Map<string, string[]>>(new Map());
  const [readerHosts, setReaderHosts] = useState<Map<string, string[]>>(new Map());
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const refresh = async () => {
    setSites(bySite(await userSitePatterns()));
    setReaderHosts(bySite(await readerHostPatterns()));
  };
  useEffect(() => {
    void refresh();
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    if (!input.trim()) {
      setMessage({ text: t('optionsEmptySite'), error: true });
      return;
    }
    const patterns = sitePatterns(input);
    if (!patterns) {
      setMessage({ text: t('optionsInvalidSite', [input]), error: true });
      return;
    }
    const site = siteOf(patterns[0]!);
    // Must run in the click's user gesture: the browser asks the reader.
    const granted = await browser.permissions.request({ origins: patterns }).catch(() => false);
    setMessage(granted ? { text: t('optionsSiteAdded', [site]), error: false } : { text: t('optionsPermissionRefused', [site]), error: true });
    if (granted) setInput('');
    await refresh();
  }

  async function remove(site: string, origins: string[]) {
    const removed = await browser.permissions.remove({ origins }).catch(() => false);
    setMessage(removed ? { text: t('optionsSiteRemoved', [site]), error: false } : { text: t('optionsRemoveFailed', [site]), error: true });
    await refresh();
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ReadingOptionsForm />
      <PdfAutoOpenOption />
      {getReportText && <GetReportText reports={REPORT_IDS} services={getReportText} />}
      <h2>{t('optionsYourSites')}</h2>
      <ShortcutHint />
      {sites.size === 0 ? <p>{t('optionsYourSitesEmpty')}</p> : <SiteList sites={sites} onRemove={(site, origins) => void remove(site, origins)} />}
      <form onSubmit={(event) => void add(event)}>
        <label for="site">{t('optionsAddSiteLabel')}</label>{' '}
        <input id="site" type="text" inputMode="url" value={input} onInput={(event) => setInput(event.currentTarget.value)} placeholder="eeas.europa.eu" />{' '}
        <button type="submit">{t('optionsAddSite')}</button>
      </form>
      <p role="status" class={message?.error ? 'error' : undefined}>
        {message?.text ?? ''}
      </p>
      {readerHosts.size > 0 && (
        <>
          <h2>{t('optionsReaderHosts')}</h2>
          <p>{t('optionsReaderHostsHint')}</p>
          <SiteList sites={readerHosts} onRemove={(site, origins) => void remove(site, origins)} />
        </>
      )}
      <h2>{t('optionsDefaultSites')}</h2>
      <DefaultSites />
    </main>
  );
}

function SiteList({ sites, onRemove }: { sites: Map<string, string[]>; onRemove(site: string, origins: string[]): void }) {
  return (
    <ul class="site-list">
      {[...sites].map(([site, origins]) => (
        <li key={site}>
          <code>{site}</code>{' '}
          <button type="button" onClick={() => onRemove(site, origins)} aria-label={`${t('optionsRemoveSite')} ${site}`}>
            {t('optionsRemoveSite')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Options: the sites annotated by default, and the reader's own, added through optional host permissions. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { userSitePatterns, sitePatterns } from '../lib/sites/user-sites';
import { t } from '../lib/i18n';
import { UN_SITE_MATCHES } from '../lib/sites/un-sites';
import { PdfAutoOpenOption } from './reader/PdfAutoOpenOption';
import { ReadingOptionsForm } from './ReadingOptionsForm';
import { ShortcutHint } from './ShortcutHint';

/** `*://*.example.org/*` and `*://example.org/*` read as one site: example.org. */
function siteOf(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}

export function sitesOf(patterns: string[]): string[] {
  return [...new Set(patterns.map(siteOf))].sort();
}

export function Options() {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const refresh = async () => setSites(sitesOf(await userSitePatterns()));
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

  async function remove(site: string) {
    await browser.permissions.remove({ origins: [`*://${site}/*`, `*://*.${site}/*`] });
    setMessage({ text: t('optionsSiteRemoved', [site]), error: false });
    await refresh();
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ReadingOptionsForm />
      <PdfAutoOpenOption />
      <h2>{t('optionsYourSites')}</h2>
      <ShortcutHint />
      {sites.length === 0 ? (
        <p>{t('optionsYourSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <code>{site}</code>{' '}
              <button type="button" onClick={() => void remove(site)} aria-label={`${t('optionsRemoveSite')} ${site}`}>
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)}>
        <label for="site">{t('optionsAddSiteLabel')}</label>{' '}
        <input id="site" type="text" inputMode="url" value={input} onInput={(event) => setInput(event.currentTarget.value)} placeholder="eeas.europa.eu" />{' '}
        <button type="submit">{t('optionsAddSite')}</button>
      </form>
      <p role="status" class={message?.error ? 'error' : undefined}>
        {message?.text ?? ''}
      </p>
      <h2>{t('optionsDefaultSites')}</h2>
      <ul>
        {sitesOf(UN_SITE_MATCHES).map((site) => (
          <li key={site}>
            <code>{site}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}

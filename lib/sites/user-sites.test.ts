import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { sitePatterns, syncUserSiteScript } from './user-sites';

describe('sitePatterns', () => {
  it('turns what a reader types into match patterns for the site and its subdomains', () => {
    expect(sitePatterns('https://www.cyberpeaceinstitute.org/news')).toEqual([
      '*://cyberpeaceinstitute.org/*',
      '*://*.cyberpeaceinstitute.org/*',
    ]);
    expect(sitePatterns('  eeas.europa.eu ')).toEqual(['*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*']);
  });
  it('refuses what is not a site', () => {
    expect(sitePatterns('')).toBeNull();
    expect(sitePatterns('not a site')).toBeNull();
    expect(sitePatterns('http://')).toBeNull();
  });
});

describe('syncUserSiteScript', () => {
  it('annotates the sites added in the options, not the hosts the PDF reader was allowed to read', async () => {
    const registered: { matches?: string[] }[] = [];
    Object.assign(browser.permissions, {
      getAll: vi.fn(async () => ({ origins: ['*://*.un.org/*', 'https://docs.example.org/*', '*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*'] })),
    });
    Object.assign(browser.scripting, {
      getRegisteredContentScripts: vi.fn(async () => []),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async (scripts: { matches?: string[] }[]) => void registered.push(...scripts)),
    });
    await syncUserSiteScript();
    expect(registered.map((script) => script.matches)).toEqual([['*://eeas.europa.eu/*', '*://*.eeas.europa.eu/*']]);
  });
});

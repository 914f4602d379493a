/**
 * Sites the reader added in the options page: granted as optional host permissions, and
 * annotated on every visit through a dynamically registered content script.
 */
import { browser } from 'wxt/browser';
import { UN_SITE_MATCHES } from './un-sites';

const SCRIPT_ID = 'apr-lens-user-sites';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** `https://www.example.org/page` or `example.org` → `*://example.org/*` (and its subdomains). */
export function sitePatterns(input: string): string[] | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host) && host !== 'localhost') return null;
  const bare = host.replace(/^www\./, '');
  return [`*://${bare}/*`, `*://*.${bare}/*`];
}

/** The added sites: granted origins beyond the default list. */
export async function userSitePatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !UN_SITE_MATCHES.includes(origin));
}

/** Makes the registered content script cover exactly the granted sites. */
export async function syncUserSiteScript(): Promise<void> {
  const patterns = await userSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: patterns, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export function registerUserSites() {
  browser.permissions.onAdded.addListener(() => void syncUserSiteScript());
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScript());
  browser.runtime.onStartup.addListener(() => void syncUserSiteScript());
  browser.runtime.onInstalled.addListener(() => void syncUserSiteScript());
}

/**
 * The tab a popup or side panel is about: the active tab of its window, or the one named
 * by `?tab=<id>` (how the side panel is opened as an ordinary tab, e.g. in tests, since
 * headless Chromium shows no side panel).
 */
import { browser } from 'wxt/browser';

export function tabFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

export async function viewedTabId(search = globalThis.location?.search ?? ''): Promise<number | null> {
  const named = tabFromQuery(search);
  if (named !== null) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

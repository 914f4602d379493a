/**
 * UI text. In the extension it comes from browser.i18n (public/_locales); where that API
 * is absent (unit tests, the command line) from the English messages, substituted the same way.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };

export function t(key: MessageKey, substitutions: (string | number)[] = []): string {
  const values = substitutions.map(String);
  const fromBrowser = (() => {
    try {
      // WXT's generated typing of getMessage does not resolve with the polyfill's types.
      const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions: string[]): string } | undefined;
      return i18n?.getMessage(key, values);
    } catch {
      return undefined;
    }
  })();
  return fromBrowser || substitute(english[key] as MessageEntry, values);
}

function substitute(entry: MessageEntry, values: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => values[Number(n) - 1] ?? '');
  });
}

/**
 * UI text. In the extension it comes from browser.i18n (public/_locales); where that API
 * is absent (unit tests, the command line) from the English messages, substituted the same way.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** Messages that depend on a number: one key per plural category of the locale (`_one`, `_other`, …). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };

/** Messages already read: a page with thousands of references asks for the same few labels thousands of times, and each call to the browser's i18n costs far more than a lookup. */
const read = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

export function t(key: MessageKey, substitutions: (string | number)[] = []): string {
  const values = substitutions.map(String);
  const id = values.length === 0 ? key : `${key}\u0000${values.join('\u0000')}`;
  const known = read.get(id);
  if (known !== undefined) return known;
  const message = fromBrowser(key, values) || substitute(english[key] as MessageEntry, values);
  if (read.size >= MAX_REMEMBERED) read.clear();
  read.set(id, message);
  return message;
}

/**
 * The language of the messages shown (a message of their own says it): dates, numbers, plurals
 * and `<html lang>` follow it. Chromium's `getUILanguage()` can name another language than the
 * one whose messages it serves.
 */
export function uiLanguage(): string {
  return t('messagesLanguage');
}

let plurals: Intl.PluralRules | undefined;

/** `t` for a message about `count` things: the locale's plural rules choose the form ("1 result", "2 results"). */
export function tp(key: PluralKey, count: number, substitutions: (string | number)[] = []): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const form = `${key}_${plurals.select(count)}`;
  const values = [formatNumber(count), ...substitutions];
  return form in english ? t(form as MessageKey, values) : t(`${key}_other` as MessageKey, values);
}

let numbers: Intl.NumberFormat | undefined;

export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(uiLanguage());
  return numbers.format(value);
}

function fromBrowser(key: MessageKey, values: string[]): string | undefined {
  try {
    // WXT's generated typing of getMessage does not resolve with the polyfill's types.
    const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions: string[]): string } | undefined;
    return i18n?.getMessage(key, values);
  } catch {
    return undefined;
  }
}

function substitute(entry: MessageEntry, values: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => values[Number(n) - 1] ?? '');
  });
}

import { describe, expect, it } from 'vitest';
import { t, tp } from './i18n';

describe('t', () => {
  it('substitutes placeholders, and remembers each message with its own values', () => {
    expect(t('paragraphLabel', ['5'])).toBe('para 5');
    expect(t('paragraphLabel', ['29 (e)'])).toBe('para 29 (e)');
    expect(t('paragraphLabel', ['5'])).toBe('para 5');
    expect(t('versionRev', [2])).toBe('Rev.2');
    expect(t('versionRev', ['2'])).toBe('Rev.2');
  });

  it('keeps values apart that would run together', () => {
    expect(t('paragraphLabel', ['1', '2'])).toBe('para 1');
    expect(t('paragraphLabel', ['12'])).toBe('para 12');
  });
});

describe('tp', () => {
  it('chooses the plural form by the locale’s rules', () => {
    expect(tp('searchResultCount', 1)).toBe('1 result');
    expect(tp('searchResultCount', 0)).toBe('0 results');
    expect(tp('searchResultCount', 1234)).toBe('1,234 results');
    expect(tp('readerPages', 1)).toBe('1 page');
    expect(tp('announceReference', 1, [2, 5, 'para 3'])).toBe('Reference 2 of 5: para 3, 1 position');
  });
});

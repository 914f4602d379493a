import { describe, expect, it } from 'vitest';
import { t } from './i18n';

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

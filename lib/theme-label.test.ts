import { describe, expect, it } from 'vitest';
import { themeLabel } from './theme-label';

describe('themeLabel', () => {
  it('names a theme in words, never by its slug, and leaves a tag as written', () => {
    expect(themeLabel('critical-infrastructure')).toBe('Critical infrastructure');
    expect(themeLabel('CERTs')).toBe('CERTs');
    expect(themeLabel('follow-up')).toBe('follow-up');
  });
});

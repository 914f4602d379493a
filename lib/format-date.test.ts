import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './format-date';

describe('dates in words', () => {
  it('writes a dataset day, month or year as words in the UI language', () => {
    expect(formatDay('2019-10-29')).toBe('October 29, 2019');
    expect(formatDay('2024-07')).toBe('July 2024');
    expect(formatDay('2021')).toBe('2021');
  });
  it('writes a moment with its time', () => {
    expect(formatMoment('2025-01-02T10:00:00.000Z')).toMatch(/^January 2, 2025 at \d{1,2}:\d\d/);
  });
});

import { describe, expect, it } from 'vitest';
import { isCalendarDate, readPrintedDate } from './printed-date';

describe('readPrintedDate', () => {
  it('reads the forms publications print, at their own precision', () => {
    expect(readPrintedDate('July 3, 2024')).toBe('2024-07-03');
    expect(readPrintedDate('3 July 2024')).toBe('2024-07-03');
    expect(readPrintedDate('Oct 1, 2022')).toBe('2022-10-01');
    expect(readPrintedDate('29th October 2019')).toBe('2019-10-29');
    expect(readPrintedDate('1er juillet 2024')).toBe('2024-07-01');
    expect(readPrintedDate('December 2016')).toBe('2016-12');
    expect(readPrintedDate('2019')).toBe('2019');
  });
  it('refuses what is not one date', () => {
    expect(readPrintedDate('last spring')).toBeNull();
    expect(readPrintedDate('3 2024')).toBeNull();
    expect(readPrintedDate('February 30, 2023')).toBeNull();
    expect(readPrintedDate('9-10 July 2024')).toBeNull();
  });
  it('knows the calendar', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02')).toBe(true);
  });
});

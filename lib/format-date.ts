/** Dates as a person reads them, in the UI language: "2 January 2025, 10:00", "October 2019". */
import { uiLanguage } from './i18n';

/** A timestamp (a note's times) as date and time. */
export function formatDateTime(timestamp: string, locale = uiLanguage()): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A day as the dataset writes it, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, to the precision it has. */
export function formatDay(day: string, locale = uiLanguage()): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  if (!year) return day;
  // Noon UTC shown in UTC: the same day whatever the reader's time zone.
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, dayOfMonth ?? 1, 12));
  const parts: Intl.DateTimeFormatOptions = dayOfMonth ? { dateStyle: 'long' } : month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
}

/** Dates in words, in the UI language: "29 October 2019", "29 octobre 2019"; a month or a year alone as such. */
import { uiLanguage } from './i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = JSON.stringify(options);
  let found = formats.get(id);
  if (!found) formats.set(id, (found = new Intl.DateTimeFormat(uiLanguage(), options)));
  return found;
}

/** A dataset date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a calendar day, read in UTC so that no time zone moves it). */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year) return date;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day) return format({ dateStyle: 'long', timeZone: 'UTC' }).format(at);
  if (month) return format({ year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
  return String(year);
}

/** A moment (a note's times): the day in words and the time, in the reader's time zone. */
export function formatMoment(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : format({ dateStyle: 'long', timeStyle: 'short' }).format(at);
}

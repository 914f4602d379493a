/**
 * A date as a publication prints it ("July 3, 2024", "3 July 2024", "Oct 2022", "2019",
 * "3 juillet 2024") read as YYYY, YYYY-MM or YYYY-MM-DD: the dataset build checks that an
 * entry's `date` is the publication's own, at the precision it prints.
 */
const MONTHS: Record<string, number> = {};
const NAMES = [
  ['january', 'janvier'],
  ['february', 'février', 'fevrier'],
  ['march', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juin'],
  ['july', 'juillet'],
  ['august', 'août', 'aout'],
  ['september', 'septembre'],
  ['october', 'octobre'],
  ['november', 'novembre'],
  ['december', 'décembre', 'decembre'],
];
NAMES.forEach((names, index) => {
  for (const name of names) {
    MONTHS[name] = index + 1;
    MONTHS[name.slice(0, 3)] = index + 1;
  }
});
MONTHS.sept = 9;

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day exists (no 30 February). */
export function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** The ISO form of a printed date, or null when it is not a date this reader knows. */
export function readPrintedDate(printed: string): string | null {
  const words = printed
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th|er)\b/g, '$1')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  for (const word of words) {
    if (/^\d{4}$/.test(word) && year === null) year = Number(word);
    else if (/^\d{1,2}$/.test(word) && day === null) day = Number(word);
    else if (MONTHS[word] !== undefined && month === null) month = MONTHS[word]!;
    else return null;
  }
  if (year === null || (day !== null && month === null)) return null;
  let iso = String(year);
  if (month !== null) iso += `-${pad(month)}`;
  if (day !== null) iso += `-${pad(day)}`;
  return isCalendarDate(iso) ? iso : null;
}

// Dates compared at the precision both sides state: «نهاية مايو» (month only, hedged) agrees
// with «31 مايو»; a date missing its year is taken to be in the other date's year; a date known
// only by weekday («الجمعة») agrees with a full date that falls on that weekday.
import type { DateSlot } from '../extraction/types';
import { APPROX_DATE_DAYS } from './tolerance';

/** `compatible`: a bare weekday that cannot be placed without a year, so it cannot conflict */
export type DateVerdict = 'agree' | 'disagree' | 'unknown' | 'compatible';

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function span(d: DateSlot, year: number): [number, number] | null {
  if (d.month === null) return null;
  const lo = dayNumber(year, d.month, d.day ?? 1);
  const hi = d.day !== null ? lo : dayNumber(year, d.month, daysInMonth(year, d.month));
  const pad = d.approx ? APPROX_DATE_DAYS : 0;
  return [lo - pad, hi + pad];
}

export function compareDates(a: DateSlot, b: DateSlot): DateVerdict {
  if (a.year !== null && b.year !== null && a.month === null && b.month === null) {
    return a.year === b.year ? 'agree' : 'disagree';
  }
  if (a.year !== null && b.year !== null && a.year !== b.year && (a.month === null || b.month === null)) {
    return 'disagree';
  }
  const year = a.year ?? b.year ?? 2001; // a common year when neither says; only month/day matter then
  const sa = span(a, a.year ?? year);
  const sb = span(b, b.year ?? year);
  if (sa && sb) return sa[0] <= sb[1] && sb[0] <= sa[1] ? 'agree' : 'disagree';
  return compareWeekday(a, b) ?? compareWeekday(b, a) ?? 'unknown';
}

// A weekday alone («الجمعة قبل الماضي», «يوم الأحد») is relative to a publication date we often
// lack; it never counts as a contradiction, since such mentions usually date different events.
function compareWeekday(weekdayOnly: DateSlot, full: DateSlot): DateVerdict | null {
  if (weekdayOnly.weekday === null || weekdayOnly.weekday === undefined || weekdayOnly.month !== null) return null;
  if (full.month === null) return null;
  if (full.year === null || full.day === null) return 'compatible';
  const weekday = new Date(Date.UTC(full.year, full.month - 1, full.day)).getUTCDay();
  return weekday === weekdayOnly.weekday ? 'agree' : 'unknown';
}

/** Days between two ISO dates, or null if either is missing or malformed. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return Math.abs(x - y) / DAY_MS;
}

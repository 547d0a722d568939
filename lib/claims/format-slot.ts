// How a slot's value reads on screen (both languages): «~1200», «≥ 37124», «20000–99999», «31 May 2024».
export interface SlotLike {
  type: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  currency?: string | null;
  hedge: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

export function formatSlotValue(s: SlotLike, locale: string): string {
  const nf = new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en', { maximumFractionDigits: 2 });
  if (s.type === 'date') return formatPartialDate(s.year, s.month, s.day, locale);
  const core =
    s.value !== null
      ? nf.format(s.value)
      : s.min !== null && s.max !== null
        ? `${nf.format(s.min)}–${nf.format(s.max)}`
        : s.min !== null
          ? `≥ ${nf.format(s.min)}`
          : s.max !== null
            ? `≤ ${nf.format(s.max)}`
            : '?';
  const hedge = s.hedge === 'approx' ? '~' : s.hedge === 'at_least' ? '≥ ' : s.hedge === 'at_most' ? '≤ ' : '';
  const suffix = s.type === 'percent' ? '%' : s.type === 'money' && s.currency ? ` ${s.currency}` : '';
  return `${s.value !== null ? hedge : ''}${core}${suffix}`;
}

export function formatPartialDate(year: number | null, month: number | null, day: number | null, locale: string): string {
  const loc = locale === 'ar' ? 'ar' : 'en-GB';
  if (month && day && year)
    return new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  if (month && day)
    return new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day));
  if (month && year)
    return new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  if (month) return new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  if (year) return String(year);
  return '?';
}

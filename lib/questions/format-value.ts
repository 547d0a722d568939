// How a figure of a same-question group reads in a table cell and on the chart. Pure.
import type { StoredSlot } from '../claims/to-engine-claim';

/** the number the chart plots, or null for dates and figures without one */
export function plottedValue(s: StoredSlot): number | null {
  if (s.type === 'date') return null;
  return s.value ?? s.max ?? s.min ?? null;
}

export function formatSlotValue(s: StoredSlot, locale: string): string {
  const nf = new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en', { maximumFractionDigits: 2, numberingSystem: 'latn' });
  if (s.type === 'date') {
    const parts = [s.day, s.month, s.year].filter((x): x is number => x !== null);
    return parts.length ? parts.join('/') : s.raw;
  }
  const unit = s.type === 'percent' ? '%' : s.type === 'money' ? ` ${s.currency ?? ''}` : '';
  if (s.value !== null) return `${nf.format(s.value)}${unit}`;
  if (s.min !== null && s.max !== null) return `${nf.format(s.min)}–${nf.format(s.max)}${unit}`;
  if (s.min !== null) return `≥ ${nf.format(s.min)}${unit}`;
  if (s.max !== null) return `≤ ${nf.format(s.max)}${unit}`;
  return s.raw;
}

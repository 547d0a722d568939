import { describe, it, expect } from 'vitest';
import { formatSlotValue } from './format-slot';

const base = { value: null, min: null, max: null, unit: null, hedge: 'exact', year: null, month: null, day: null };

describe('formatSlotValue', () => {
  it('shows hedges and ranges', () => {
    expect(formatSlotValue({ ...base, type: 'quantity', value: 1200, hedge: 'approx' }, 'en')).toBe('~1,200');
    expect(formatSlotValue({ ...base, type: 'quantity', value: 37124, hedge: 'at_least' }, 'en')).toBe('≥ 37,124');
    expect(formatSlotValue({ ...base, type: 'quantity', min: 20000, max: 99999, hedge: 'approx' }, 'en')).toBe('20,000–99,999');
    expect(formatSlotValue({ ...base, type: 'percent', value: 97 }, 'en')).toBe('97%');
  });
  it('shows dates at their precision', () => {
    expect(formatSlotValue({ ...base, type: 'date', year: 2024, month: 5, day: 31 }, 'en')).toBe('31 May 2024');
    expect(formatSlotValue({ ...base, type: 'date', month: 5 }, 'en')).toBe('May');
    expect(formatSlotValue({ ...base, type: 'date', year: 2024, month: 5, day: 31 }, 'ar')).toBe('31 مايو 2024');
  });
});

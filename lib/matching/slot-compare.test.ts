import { describe, expect, it } from 'vitest';
import type { Slot } from '../extraction/types';
import { compareSlots } from './slot-compare';

const q = (raw: string, extra: Partial<Slot>): Slot => ({ type: 'quantity', raw, start: 0, end: 0, ...extra }) as Slot;
const date = (raw: string, year: number | null, month: number | null, day: number | null, extra: Partial<Slot> = {}): Slot =>
  ({ type: 'date', raw, start: 0, end: 0, year, month, day, ...extra }) as Slot;

describe('compareSlots', () => {
  it('«نحو 1200» agrees with 1194 within the ±10% approx tolerance', () => {
    const c = compareSlots(q('نحو 1200 شخص', { value: 1200, approx: true, unit: 'شخص' }), q('1194 شخصا', { value: 1194, unit: 'شخص' }));
    expect(c.verdict).toBe('agree');
    expect(c.isWithinHedge).toBe(true);
  });
  it('«نحو 1200» does not agree with 1000', () => {
    expect(compareSlots(q('نحو 1200', { value: 1200, approx: true }), q('1000', { value: 1000 })).verdict).toBe('disagree');
  });
  it('«ما لا يقل عن 37124» agrees with «عشرات آلاف»', () => {
    const c = compareSlots(q('ما لا يقل عن 37124 شخصًا', { value: 37124, atLeast: true }), q('عشرات آلاف', { min: 20000, max: 99999, approx: true }));
    expect(c.verdict).toBe('agree');
  });
  it('105 agrees with «نحو 100»; 105 hostages do not compare with 240 prisoners', () => {
    expect(compareSlots(q('105', { value: 105, unit: 'محتجز' }), q('نحو 100 رهينة', { value: 100, approx: true, unit: 'رهينة' })).verdict).toBe('agree');
    expect(compareSlots(q('105', { value: 105, unit: 'محتجز' }), q('240 سجينا', { value: 240, unit: 'سجين' })).verdict).toBe('unknown');
  });
  it('ordinal 10 contradicts ordinal 8', () => {
    const o = (raw: string, value: number) => ({ type: 'ordinal', raw, value, start: 0, end: 0 }) as Slot;
    expect(compareSlots(o('العاشرة', 10), o('الثامنة', 8)).verdict).toBe('disagree');
    expect(compareSlots(o('الثامنة', 8), o('الثامنة', 8)).verdict).toBe('agree');
  });
  it('dates agree at the coarser precision, with a missing year, and by weekday', () => {
    const endOfMay = date('نهاية مايو/أيار', null, 5, null, { approx: true });
    expect(compareSlots(endOfMay, date('31 مايو', 2024, 5, 31)).verdict).toBe('agree');
    expect(compareSlots(endOfMay, date('10 يونيو', 2024, 6, 10)).verdict).toBe('disagree');
    // 31 May 2024 was a Friday (JS weekday 5)
    expect(compareSlots(date('الجمعة', null, null, null, { weekday: 5 }), date('31 مايو', 2024, 5, 31)).verdict).toBe('agree');
    expect(compareSlots(date('الجمعة قبل الماضي', 2024, 5, 31, { weekday: 5 }), endOfMay).verdict).toBe('agree');
  });
  it('7 days agree with a week', () => {
    const d = (raw: string, value: number, unit: 'day' | 'week') => ({ type: 'duration', raw, value, unit, start: 0, end: 0 }) as Slot;
    expect(compareSlots(d('7 أيام', 7, 'day'), d('أسبوعا', 1, 'week')).verdict).toBe('agree');
    expect(compareSlots(d('ستة أسابيع', 6, 'week'), d('7 أيام', 7, 'day')).verdict).toBe('disagree');
  });
});

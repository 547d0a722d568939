// Vague durations, week-relative and Hijri dates, and which country's dinar or lira.
import { describe, expect, it } from 'vitest';
import type { Slot } from '../types';
import { extractSlots, parseIsoDate } from './index';

const slotsOf = (s: string, published?: string) => {
  const out = extractSlots(s, 0, s.length, parseIsoDate(published));
  for (const x of out) expect(s.slice(x.start, x.end)).toBe(x.raw);
  return out;
};
const one = (s: string, raw: string, published?: string): Slot | undefined => slotsOf(s, published).find((x) => x.raw === raw);

describe('vague durations', () => {
  it('«لمدة أسابيع», «منذ أشهر», «قبل أيام»: 3 to 10 units, approximate', () => {
    expect(one('وقد توقفت المفاوضات لمدة أسابيع بسبب الخلاف على الانسحاب', 'أسابيع')).toMatchObject({ type: 'duration', unit: 'week', min: 3, max: 10, approx: true });
    expect(one('ويعيش النازحون في الخيام منذ أشهر دون مساعدات كافية', 'منذ أشهر')).toMatchObject({ unit: 'month', min: 3, max: 10, approx: true });
    expect(one('وصل الوفد المصري إلى الدوحة قبل أيام', 'أيام')).toMatchObject({ unit: 'day', min: 3, max: 10 });
  });
  it('a plural without a duration frame, or with the article, is not a duration', () => {
    expect(slotsOf('وشهدت الأيام الأخيرة تصعيدا').filter((s) => s.type === 'duration')).toEqual([]);
    expect(slotsOf('تحدث عن أسابيع صعبة').filter((s) => s.type === 'duration')).toEqual([]);
  });
});

describe('week-relative dates', () => {
  it('resolve to the Monday of the week when the publication date is known', () => {
    expect(one('زار بلينكن المنطقة الأسبوع الماضي', 'الأسبوع الماضي', '2024-06-12')).toMatchObject({ type: 'date', year: 2024, month: 6, day: 3, relative: 'week-1', approx: true });
    expect(one('تستأنف المحادثات الأسبوع المقبل في القاهرة', 'الأسبوع المقبل', '2024-06-12')).toMatchObject({ year: 2024, month: 6, day: 17, relative: 'week+1' });
    expect(one('تستأنف المحادثات هذا الأسبوع', 'هذا الأسبوع', '2024-06-12')).toMatchObject({ day: 10, relative: 'week' });
    expect(one('وصل الوفد مطلع الأسبوع الماضي', 'مطلع الأسبوع الماضي', '2024-06-10')).toMatchObject({ day: 3, relative: 'week-1' });
  });
  it('stay a relative marker without a publication date', () => {
    expect(one('زار بلينكن المنطقة الأسبوع الماضي', 'الأسبوع الماضي')).toMatchObject({ year: null, month: null, day: null, relative: 'week-1' });
  });
});

describe('Hijri dates', () => {
  it('day, month and year: Gregorian via Umm al-Qura, the Hijri date kept', () => {
    expect(one('بدأت الهدنة في 10 رمضان 1445 هـ وفق الإعلان', '10 رمضان 1445 هـ')).toMatchObject({
      type: 'date', calendar: 'hijri', year: 2024, month: 3, day: 20, hijri: { year: 1445, month: 9, day: 10 },
    });
    expect(one('يوافق عيد الفطر 1 شوال 1445هـ', '1 شوال 1445هـ')).toMatchObject({ year: 2024, month: 4, day: 10, hijri: { month: 10, day: 1 } });
    expect(one('وذلك في 15 ذو الحجة 1444 هـ', '15 ذو الحجة 1444 هـ')).toMatchObject({ year: 2023, month: 7, day: 3, hijri: { year: 1444, month: 12 } });
  });
  it('a month and year is the Gregorian month of its middle, approximate', () => {
    expect(one('خلال شهر رمضان 1445 هـ', 'شهر رمضان 1445 هـ')).toMatchObject({ year: 2024, month: 3, day: null, approx: true, calendar: 'hijri' });
  });
  it('without a year only the Hijri parts are known', () => {
    expect(one('تصاعدت الغارات منذ منتصف شهر رمضان', 'شهر رمضان')).toMatchObject({ year: null, month: null, day: null, hijri: { year: null, month: 9, day: null } });
  });
  it('names and «صفر» (zero) without a frame are not dates', () => {
    expect(slotsOf('وقال الباحث طارق رمضان إن الوضع صعب').filter((s) => s.type === 'date')).toEqual([]);
    expect(slotsOf('انخفضت النسبة إلى صفر تقريبا').filter((s) => s.type === 'date')).toEqual([]);
  });
});

describe('which dinar or lira', () => {
  it('bare «دينار»/«ليرة» stay XXX', () => {
    expect(one('بلغت قيمة المنحة 500 دينار', '500 دينار')).toMatchObject({ type: 'money', value: 500, currency: 'XXX' });
    expect(one('ارتفع سعر الخبز إلى 3 آلاف ليرة', '3 آلاف ليرة')).toMatchObject({ currency: 'XXX' });
  });
  it('the adjective after the word, with or without the article', () => {
    expect(one('بلغت قيمة المنحة 500 دينار أردني', '500 دينار أردني')).toMatchObject({ currency: 'JOD' });
    expect(one('تجاوز سعر الدولار 89 ألف ليرة لبنانية', '89 ألف ليرة لبنانية')).toMatchObject({ currency: 'LBP' });
    expect(one('وبلغ العجز 40 مليار ليرة تركية', '40 مليار ليرة تركية')).toMatchObject({ currency: 'TRY' });
    expect(one('بلغت الخسائر 20 مليار دينار عراقي', '20 مليار دينار عراقي')).toMatchObject({ currency: 'IQD' });
  });
  it('a country named in the same sentence; two countries leave it unknown', () => {
    expect(one('وفي الأردن، رفعت الحكومة الحد الأدنى للأجور إلى 290 دينارا', '290 دينارا')).toMatchObject({ currency: 'JOD' });
    expect(one('ولا يتجاوز متوسط الراتب في سوريا 300 ألف ليرة', '300 ألف ليرة')).toMatchObject({ currency: 'SYP' });
    expect(one('تراجعت الصادرات بين العراق والكويت بقيمة 200 مليون دينار', '200 مليون دينار')).toMatchObject({ currency: 'XXX' });
  });
});

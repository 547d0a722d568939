import { describe, expect, it } from 'vitest';
import type { Slot } from '../types';
import { extractSlots, parseIsoDate } from './index';

const slotsOf = (s: string, published?: string) => {
  const out = extractSlots(s, 0, s.length, parseIsoDate(published));
  for (const x of out) expect(s.slice(x.start, x.end)).toBe(x.raw);
  return out;
};
const one = (s: string, raw: string, published?: string): Slot | undefined => slotsOf(s, published).find((x) => x.raw === raw);

describe('quantity in digits', () => {
  it('reads plain, comma-grouped and Arabic-Indic figures', () => {
    expect(one('أسفر عن مقتل 1194 شخصا، معظمهم من المدنيين', '1194 شخصا')).toMatchObject({ type: 'quantity', value: 1194, unit: 'شخص' });
    expect(one('دخلت 1,200 شاحنة إلى القطاع', '1,200 شاحنة')).toMatchObject({ value: 1200, unit: 'شاحنة' });
    expect(one('قتل ١٢٠٠ شخص في الهجوم', '١٢٠٠ شخص')).toMatchObject({ value: 1200, unit: 'شخص' });
    expect(one('بلغت الكلفة ١٫٥ مليون', '١٫٥ مليون')).toMatchObject({ value: 1500000 });
  });
  it('takes the counted noun after «من»', () => {
    expect(one('وبادلت الفصائل 105 من المحتجزين الإسرائيليين', '105 من المحتجزين')).toMatchObject({ value: 105, unit: 'محتجز' });
  });
});

describe('quantity in words', () => {
  it('reads units, teens, compounds and multipliers', () => {
    expect(one('أطلق سراح ستة أسرى', 'ستة أسرى')).toMatchObject({ value: 6, unit: 'أسير' });
    expect(one('اعتقل خمسة وعشرون شخصا', 'خمسة وعشرون شخصا')).toMatchObject({ value: 25 });
    expect(one('وصل ثلاثة آلاف نازح', 'ثلاثة آلاف نازح')).toMatchObject({ value: 3000, unit: 'نازح' });
    expect(one('نزح 37 ألفا من السكان', '37 ألفا')).toMatchObject({ value: 37000 });
    expect(one('قتل أحد عشر جنديا', 'أحد عشر جنديا')).toMatchObject({ value: 11, unit: 'جندي' });
    expect(one('تضم الخطة ثلاث مراحل لوقف إطلاق النار', 'ثلاث مراحل')).toMatchObject({ value: 3, unit: 'مرحلة' });
  });
  it('does not read «لست» as six', () => {
    expect(slotsOf('قال لست متأكدا من ذلك')).toEqual([]);
  });
});

describe('vague ranges', () => {
  it('عشرات، عشرات آلاف، مئات', () => {
    expect(one('بسقوط عشرات الضحايا والمصابين', 'عشرات الضحايا')).toMatchObject({ min: 20, max: 99, approx: true, unit: 'ضحية' });
    expect(one('أدت إلى مقتل عشرات آلاف الفلسطينيين', 'عشرات آلاف الفلسطينيين')).toMatchObject({ min: 20000, max: 99999, approx: true });
    expect(one('نزح مئات الآلاف من السكان', 'مئات الآلاف')).toMatchObject({ min: 200000, max: 999999 });
  });
});

describe('hedges', () => {
  it('approx: نحو، حوالي، قرابة، زهاء', () => {
    for (const h of ['نحو', 'حوالي', 'قرابة', 'زهاء']) {
      expect(one(`أدى إلى مقتل ${h} 1200 شخص`, `${h} 1200 شخص`)).toMatchObject({ value: 1200, approx: true });
    }
  });
  it('atLeast: أكثر من، ما لا يقل عن، ما يزيد على', () => {
    expect(one('مقتل ما لا يقل عن 37124 شخصًا في غزة', 'ما لا يقل عن 37124 شخصًا')).toMatchObject({ value: 37124, atLeast: true });
    expect(one('وصل أكثر من 200 شاحنة', 'أكثر من 200 شاحنة')).toMatchObject({ atLeast: true });
    expect(one('بلغ عددهم ما يزيد على 500 شخص', 'ما يزيد على 500 شخص')).toMatchObject({ atLeast: true, value: 500 });
  });
  it('atMost: أقل من، ما لا يزيد عن', () => {
    expect(one('دخلت أقل من 100 شاحنة', 'أقل من 100 شاحنة')).toMatchObject({ atMost: true, value: 100 });
    expect(one('ما لا يزيد عن 50 شخصا', 'ما لا يزيد عن 50 شخصا')).toMatchObject({ atMost: true });
  });
  it('no hedge means none of the flags', () => {
    const s = one('مقتل 1194 شخصا', '1194 شخصا');
    expect(s?.approx).toBeUndefined();
    expect(s?.atLeast).toBeUndefined();
  });
});

describe('percent', () => {
  it('reads بالمئة، في المئة and %', () => {
    expect(one('ارتفعت الأسعار 97 بالمئة', '97 بالمئة')).toMatchObject({ type: 'percent', value: 97 });
    expect(one('نحو 60 في المئة من المنازل', 'نحو 60 في المئة')).toMatchObject({ type: 'percent', value: 60, approx: true });
    expect(one('تراجع بنسبة 12.5%', '12.5%')).toMatchObject({ type: 'percent', value: 12.5 });
  });
});

describe('money', () => {
  it('reads currencies with ISO codes', () => {
    expect(one('قدمت واشنطن 5 مليارات دولار', '5 مليارات دولار')).toMatchObject({ type: 'money', value: 5e9, currency: 'USD' });
    expect(one('بلغت الخسائر 300 مليون جنيه', '300 مليون جنيه')).toMatchObject({ type: 'money', value: 3e8, currency: 'EGP' });
    expect(one('تبرعت بمبلغ 100 مليون ريال قطري', '100 مليون ريال قطري')).toMatchObject({ currency: 'QAR' });
  });
});

describe('ordinal', () => {
  it('both genders, with prefixes, and the ranked noun', () => {
    expect(one('وهذه الزيارة العاشرة لبلينكن إلى المنطقة', 'العاشرة')).toMatchObject({ type: 'ordinal', value: 10, unit: 'زيارة' });
    expect(one('هي الثامنة له بالمنطقة', 'الثامنة')).toMatchObject({ value: 8 });
    expect(one('يزور المنطقة للمرة الثانية', 'الثانية')).toMatchObject({ value: 2 });
    expect(one('وصل للمرة الثالث عشرة', 'الثالث عشرة')).toMatchObject({ value: 13 });
    expect(one('في جولته بالثامنة', 'بالثامنة')).toMatchObject({ value: 8 });
    expect(one('في الزيارة الـ10 للمنطقة', 'الـ10')).toMatchObject({ value: 10, unit: 'زيارة' });
  });
  it('does not read month names as ordinals', () => {
    expect(slotsOf('في تشرين الأول').map((s) => s.type)).toEqual(['date']);
  });
});

describe('date', () => {
  it('dd/mm/yyyy and month names, single and paired', () => {
    expect(one('نشر في 10/06/2024', '10/06/2024')).toMatchObject({ year: 2024, month: 6, day: 10 });
    expect(one('منذ اندلاع الحرب في 7 أكتوبر/تشرين الأول 2023.', '7 أكتوبر/تشرين الأول 2023')).toMatchObject({ year: 2023, month: 10, day: 7 });
    expect(one('في 7 تشرين الأول/أكتوبر على جنوب إسرائيل', '7 تشرين الأول/أكتوبر')).toMatchObject({ month: 10, day: 7, year: null });
    expect(one('منذ السابع من أكتوبر', 'السابع من أكتوبر')).toMatchObject({ month: 10, day: 7 });
    expect(one('أعلنه بايدن في 31 مايو.', '31 مايو', '2024-06-10')).toMatchObject({ year: 2024, month: 5, day: 31 });
  });
  it('parts of a month are approximate with no day', () => {
    expect(one('طرح بايدن نهاية مايو/أيار الماضي', 'نهاية مايو/أيار الماضي', '2024-06-10')).toMatchObject({ year: 2024, month: 5, day: null, approx: true });
    expect(one('وانتهت مطلع ديسمبر/كانون الأول 2023.', 'مطلع ديسمبر/كانون الأول 2023')).toMatchObject({ year: 2023, month: 12, approx: true });
  });
  it('years', () => {
    expect(one('معاهدة سلام في عام 1979', 'عام 1979')).toMatchObject({ year: 1979, month: null, day: null });
  });
  it('weekdays and relative dates resolve against the publication date', () => {
    expect(one('وصل بلينكن الاثنين', 'الاثنين', '2024-06-10')).toMatchObject({ year: 2024, month: 6, day: 10, weekday: 1 });
    expect(one('يبدأ زيارة اليوم الأربعاء', 'اليوم الأربعاء', '2024-06-12')).toMatchObject({ day: 12, weekday: 3, relative: 'today' });
    expect(one('عرضها بايدن الجمعة قبل الماضي', 'الجمعة قبل الماضي', '2024-06-10')).toMatchObject({ year: 2024, month: 5, day: 31 });
    expect(one('أقرته الحركة الشهر الماضي', 'الشهر الماضي', '2024-06-10')).toMatchObject({ year: 2024, month: 5, day: null });
    expect(one('أقرته الحركة الشهر الماضي', 'الشهر الماضي')).toMatchObject({ year: null, month: null, relative: 'month-1' });
    expect(one('كما أكد البيت الأبيض يوم الجمعة.', 'يوم الجمعة')).toMatchObject({ year: null, weekday: 5 });
  });
});

describe('duration', () => {
  it('with figures and bare units in their frames', () => {
    expect(one('هدنة استمرت 7 أيام', '7 أيام')).toMatchObject({ type: 'duration', value: 7, unit: 'day' });
    expect(one('توقف القتال لمدة ستة أسابيع أولية', 'ستة أسابيع')).toMatchObject({ value: 6, unit: 'week' });
    expect(one('الهدنة التي استمرت أسبوعا', 'أسبوعا')).toMatchObject({ value: 1, unit: 'week' });
    expect(one('معبر رفح المغلق منذ شهر', 'منذ شهر')).toMatchObject({ value: 1, unit: 'month' });
    expect(one('بدأت الحرب قبل نحو عام', 'نحو عام')).toMatchObject({ value: 1, unit: 'year', approx: true });
    expect(one('استمرت المحادثات يومين', 'يومين')).toMatchObject({ value: 2, unit: 'day' });
  });
  it('is not read from «هذا الأسبوع» or «الشهر الماضي»', () => {
    expect(slotsOf('تستأنف المحادثات هذا الأسبوع').filter((s) => s.type === 'duration')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildClaim } from './claim-builder';
import { compareClaims } from './compare-claims';
import { groupByQuestion } from './group-by-question';
import type { MatchInput } from './types';

const blinken = [{ type: 'person' as const, name: 'أنتوني بلينكن' }];
const item = (key: string, articleDate: string | null, claim: MatchInput['claim']): MatchInput => ({ key, articleDate, claim });

const visit10 = item('000', null, buildClaim('وهذه الزيارة العاشرة لبلينكن إلى المنطقة منذ بدأت الحرب بين إسرائيل وحماس.',
  [{ type: 'ordinal', value: 10, raw: 'العاشرة' }], blinken));
const visit8 = item('001', '2024-06-10', buildClaim('وتعد جولة بلينكن الحالية في الشرق الأوسط هي الثامنة له بالمنطقة، منذ اندلاع الحرب.',
  [{ type: 'ordinal', value: 8, raw: 'الثامنة' }], blinken));
const visit8b = item('004', '2024-06-10', buildClaim('وتشكل القاهرة المحطة الأولى في جولة بلينكن الثامنة في المنطقة منذ بدء النزاع.',
  [{ type: 'ordinal', value: 1, raw: 'الأولى' }, { type: 'ordinal', value: 8, raw: 'الثامنة' }], blinken));

describe('compareClaims', () => {
  it('contradicts on the visit number, and supports two «eighth» claims', () => {
    const c = compareClaims(visit10, visit8);
    expect(c?.relation).toBe('contradicts');
    expect(c?.explanation).toContain('«العاشرة» مقابل «الثامنة»');
    expect(compareClaims(visit8, visit8b)?.relation).toBe('supports');
  });
  it('flags possibly different events when the articles are months apart', () => {
    const c = compareClaims({ ...visit10, articleDate: '2024-10-23' }, visit8);
    expect(c?.relation).toBe('contradicts');
    expect(c?.possiblyDifferentEvents).toBe(true);
    expect(c?.explanation).toContain('بفارق');
  });
  it('supports «نحو 1200» against 1194 for the 7 October toll', () => {
    const a = item('000', null, buildClaim('هجومها على إسرائيل في 7 أكتوبر، الذي أدى إلى مقتل نحو 1200 شخص، غالبيتهم من المدنيين',
      [{ type: 'date', year: null, month: 10, day: 7, raw: '7 أكتوبر' }, { type: 'quantity', value: 1200, approx: true, unit: 'شخص', raw: 'نحو 1200 شخص' }]));
    const b = item('003', null, buildClaim('واندلعت الحرب بعد الهجوم الذي وقع في 7 تشرين الأول/أكتوبر على جنوب إسرائيل وأسفر عن مقتل 1194 شخصا، معظمهم من المدنيين',
      [{ type: 'date', year: null, month: 10, day: 7, raw: '7 تشرين الأول/أكتوبر' }, { type: 'quantity', value: 1194, unit: 'شخص', raw: '1194 شخصا' }]));
    const c = compareClaims(a, b);
    expect(c?.relation).toBe('supports');
    expect(c?.explanation).toBe('الرقمان متقاربان ضمن هامش التقريب: «نحو 1200 شخص» مقابل «1194 شخصا».');
  });
  it('pairs 105 detainees with «نحو 100 رهينة», not with 240 prisoners', () => {
    const a = item('001', null, buildClaim('وبادلت الفصائل 105 من المحتجزين الإسرائيليين بالعديد من الأسرى الفلسطينيين خلال هدنة إنسانية مؤقتة استمرت 7 أيام',
      [{ type: 'quantity', value: 105, raw: '105' }, { type: 'duration', value: 7, unit: 'day', raw: '7 أيام' }]));
    const b = item('003', null, buildClaim('وباستثناء الهدنة التي استمرت أسبوعا في تشرين الثاني/نوفمبر والتي شهدت إطلاق سراح نحو 100 رهينة، معظمهم مقابل 240 سجينا فلسطينيا',
      [{ type: 'duration', value: 1, unit: 'week', raw: 'أسبوعا' }, { type: 'quantity', value: 100, approx: true, unit: 'رهينة', raw: 'نحو 100 رهينة' }, { type: 'quantity', value: 240, unit: 'سجين', raw: '240 سجينا' }]));
    expect(compareClaims(a, b)?.relation).toBe('supports');
  });
  it('reads a negation flip in near-identical wording as a contradiction', () => {
    const a = item('a', null, buildClaim('وزير الخارجية الأمريكي يزور إسرائيل ضمن جولته في المنطقة هذا الأسبوع', []));
    const b = item('b', null, buildClaim('وزير الخارجية الأمريكي لن يزور إسرائيل ضمن جولته في المنطقة هذا الأسبوع', []));
    expect(compareClaims(a, b)?.relation).toBe('contradicts');
  });
  it('does not read a truce and the war it ends as an antonym swap (seeds 001@1065 vs 002@2547)', () => {
    const a = item('001', '2024-06-10', buildClaim('وفي وقت سابق الاثنين، وصل بلينكن إلى العاصمة المصرية القاهرة، في مطلع جولة بالشرق الأوسط، ضمن جهود الولايات المتحدة من أجل التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.', [], blinken));
    const b = item('002', '2024-06-10', buildClaim('وتتوسط الولايات المتحدة ومصر وقطر منذ أشهر من أجل التوصل لوقف إطلاق النار في الصراع المستمر منذ أكتوبر.', []));
    expect(compareClaims(a, b)?.relation).not.toBe('contradicts');
  });
  it('reads an antonym swap in near-identical wording as a contradiction', () => {
    const a = item('a', null, buildClaim('أعلن الجيش فتح معبر رفح أمام المسافرين اعتبارا من يوم غد', []));
    const b = item('b', null, buildClaim('أعلن الجيش إغلاق معبر رفح أمام المسافرين اعتبارا من يوم غد', []));
    expect(compareClaims(a, b)?.relation).toBe('contradicts');
  });
  it('does not link a claim to itself, nor unrelated claims', () => {
    expect(compareClaims(visit8, visit8)).toBeNull();
    const other = item('x', null, buildClaim('ارتفعت أسعار الذهب في الأسواق العالمية اليوم', []));
    expect(compareClaims(visit8, other)).toBeNull();
  });
});

describe('groupByQuestion', () => {
  it('groups the visit numbers of Blinken across outlets', () => {
    const groups = groupByQuestion([visit10, visit8, visit8b]);
    const visits = groups.find((g) => g.questionKey.startsWith('ordinal|visit'));
    expect(visits?.label).toContain('ترتيب الزيارة');
    expect(visits?.members.map((m) => m.slot.raw).sort()).toEqual(['الثامنة', 'الثامنة', 'العاشرة']);
  });
});

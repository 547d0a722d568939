// The seed articles' disagreements (seeds/README) must come out of the engine as slots.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import type { ExtractedArticle, ExtractedClaim, Slot } from './types';

const dir = join(__dirname, '../../seeds');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const text: Record<string, string> = {};
const out: Record<string, ExtractedArticle> = {};
for (const f of files) {
  const id = f.slice(0, 3);
  text[id] = readFileSync(join(dir, f), 'utf8');
  out[id] = extractArticle(text[id], { fileName: f });
}
const slots = (id: string): Array<Slot & { claim: ExtractedClaim }> => out[id].claims.flatMap((c) => c.slots.map((s) => ({ ...s, claim: c })));
const find = (id: string, raw: string) => slots(id).find((s) => s.raw === raw);

describe('seed articles: reading', () => {
  it('finds all five seeds', () => expect(files).toHaveLength(5));
  it('reads outlet, date and title', () => {
    expect(out['000'].meta).toMatchObject({ outlet: 'الحرة', publishedAt: null, language: 'ar', title: 'للدفع باتجاه التوصل لاتفاق هدنة في غزة.. بلينكن يصل إلى القاهرة' });
    expect(out['001'].meta).toMatchObject({ outlet: 'معا', publishedAt: '2024-06-10', title: 'الرئيس المصري وبلينكن يتفقان على تعزيز جهود التوصل لهدنة بغزة' });
    expect(out['002'].meta.outlet).toBe('السومرية نيوز');
    expect(out['003'].meta.outlet).toBeNull();
    expect(out['004'].meta.outlet).toBe('صدى البلد');
  });
  it('marks the teasers after «إقرأ أيضاً» / «مقالات مشابهة» as related', () => {
    const related004 = out['004'].claims.filter((c) => c.section === 'related');
    expect(related004.some((c) => c.text.includes('الثامنة'))).toBe(true);
    expect(out['004'].claims.filter((c) => c.section === 'body').some((c) => c.text.includes('الثامنة'))).toBe(false);
    expect(out['002'].claims.find((c) => c.text.startsWith('قال المتحدث باسم وزارة الخارجية الأمريكية'))?.section).toBe('related');
  });
  it('never emits boilerplate or the «المصدر» line as a claim', () => {
    for (const id of Object.keys(out)) {
      for (const c of out[id].claims) expect(c.text).not.toMatch(/^(?:شارك الخبر|آخر الأخبار|إقرأ أيضا|المصدر:|كلمات دلالية)/);
    }
  });
  it('keeps every claim and slot offset exact', () => {
    for (const id of Object.keys(out)) {
      expect(out[id].claims.length).toBeGreaterThan(2);
      for (const c of out[id].claims) {
        expect(text[id].slice(c.start, c.end)).toBe(c.text);
        for (const s of c.slots) expect(text[id].slice(s.start, s.end)).toBe(s.raw);
      }
    }
  });
});

describe('seed articles: the figures they disagree on', () => {
  it('visit ordinals: 10 (000), 8 (001, 003, 004), 6 (002)', () => {
    const ordinal = (id: string) => slots(id).filter((s) => s.type === 'ordinal' && 'unit' in s && (s.unit === 'زيارة' || s.unit === 'جولة')).map((s) => ('value' in s ? s.value : null));
    expect(ordinal('000')).toEqual([10]);
    expect(ordinal('001')).toEqual([8]);
    expect(ordinal('002')).toEqual([6]);
    expect(ordinal('003')).toEqual([8]);
    expect(ordinal('004')).toEqual([8]);
  });
  it('7 October toll: about 1200 (000) against 1194 (003)', () => {
    expect(find('000', 'نحو 1200 شخص')).toMatchObject({ type: 'quantity', value: 1200, approx: true, unit: 'شخص' });
    const exact = find('003', '1194 شخصا');
    expect(exact).toMatchObject({ type: 'quantity', value: 1194, unit: 'شخص' });
    expect(exact?.approx).toBeUndefined();
    expect(find('003', 'ما لا يقل عن 37124 شخصًا')).toMatchObject({ value: 37124, atLeast: true });
    expect(find('000', 'عشرات آلاف الفلسطينيين')).toMatchObject({ min: 20000, max: 99999, approx: true, unit: 'فلسطيني' });
  });
  it('November truce: 105 over 7 days (001) against about 100 hostages for 240 prisoners over a week (003)', () => {
    expect(find('001', '105 من المحتجزين')).toMatchObject({ type: 'quantity', value: 105, unit: 'محتجز' });
    expect(find('001', '7 أيام')).toMatchObject({ type: 'duration', value: 7, unit: 'day' });
    expect(find('003', 'نحو 100 رهينة')).toMatchObject({ value: 100, approx: true, unit: 'رهينة' });
    expect(find('003', '240 سجينا')).toMatchObject({ value: 240, unit: 'سجين' });
    expect(find('003', 'أسبوعا')).toMatchObject({ type: 'duration', value: 1, unit: 'week' });
  });
  it('whether the tour includes Israel: claims naming Israel in each article', () => {
    const noIsrael = out['000'].claims.find((c) => c.text.startsWith('ولن تشمل الزيارة إسرائيل'));
    expect(noIsrael?.entities).toContainEqual({ type: 'place', name: 'إسرائيل' });
    expect(noIsrael?.attribution.via).toBe('فرانس برس');
    const tour = out['001'].claims.find((c) => c.text.includes('سيزور مصر وإسرائيل'));
    expect(tour?.attribution.speaker).toBe('الخارجية الأمريكية');
    expect(tour?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['إسرائيل', 'مصر', 'الأردن', 'قطر']));
  });
  it('when Biden announced the proposal: end of May (001), 31 May (003), Friday before last (004)', () => {
    expect(find('001', 'نهاية مايو/أيار الماضي')).toMatchObject({ type: 'date', year: 2024, month: 5, day: null, approx: true });
    expect(find('003', '31 مايو')).toMatchObject({ type: 'date', year: null, month: 5, day: 31 });
    // 004 prints no date, so the weekday stays unresolved
    expect(find('004', 'الجمعة قبل الماضي')).toMatchObject({ type: 'date', year: null, month: null, day: null, weekday: 5, relative: 'weekday-before-last' });
  });
  it('resolves «الجمعة قبل الماضي» when the publication date is known', () => {
    const dated = extractArticle(text['004'], { publishedAt: '2024-06-10' });
    const s = dated.claims.flatMap((c) => c.slots).find((x) => x.raw === 'الجمعة قبل الماضي');
    // Monday 10 June 2024: last Friday is 7 June, the one before is 31 May, the day 003 gives
    expect(s).toMatchObject({ year: 2024, month: 5, day: 31 });
  });
  it('the crossing «المغلق منذ شهر» in 003 and 004: a one-month duration', () => {
    for (const id of ['003', '004']) {
      const claim = out[id].claims.find((c) => c.text.includes('المغلق منذ شهر'));
      expect(claim?.slots).toContainEqual(expect.objectContaining({ type: 'duration', value: 1, unit: 'month', raw: 'منذ شهر' }));
      expect(claim?.entities).toContainEqual({ type: 'place', name: 'معبر رفح' });
    }
  });
});

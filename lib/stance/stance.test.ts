import { describe, expect, it } from 'vitest';
import { classifyStance } from './classify';
import { pairFeatures } from './features';
import { scoreStance } from './metrics';
import { parseStanceTsv } from './tsv';

describe('pairFeatures', () => {
  it('sees a negation on one side only', () => {
    const f = pairFeatures('الزيارة تشمل إسرائيل', 'الزيارة لن تشمل إسرائيل');
    expect(f.get('neg:flip')).toBe(1);
  });
  it('sees an antonym swap and a changed number', () => {
    const f = pairFeatures('الذهب يرتفع لأعلى مستوى منذ 12 أسبوعا', 'انخفاض الذهب لأدنى مستوى في ١٢ اسبوعا');
    expect(f.get('ant')).toBe(1);
    expect(f.get('num:same')).toBe(1);
    const g = pairFeatures('مقتل 1200 شخص في الهجوم', 'مقتل 1194 شخصا في الهجوم');
    expect(g.get('num:diff')).toBe(1);
  });
  it('counts an antonym only when one word replaced the other, not when both sit in one story', () => {
    // 001@1065 vs 002@2547 of the seeds: «اتفاق» (calm) and «الصراع» (clash) about one ceasefire
    const f = pairFeatures(
      'وفي وقت سابق الاثنين، وصل بلينكن إلى العاصمة المصرية القاهرة، في مطلع جولة بالشرق الأوسط، ضمن جهود الولايات المتحدة من أجل التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.',
      'وتتوسط الولايات المتحدة ومصر وقطر منذ أشهر من أجل التوصل لوقف إطلاق النار في الصراع المستمر منذ أكتوبر.',
    );
    expect(f.has('ant')).toBe(false);
    expect(f.has('ant:calm-clash')).toBe(false);
    expect(f.get('ant:loose')).toBe(1);
    const g = pairFeatures('الجيش يعلن فتح معبر رفح أمام المسافرين', 'الجيش يعلن إغلاق معبر رفح أمام المسافرين');
    expect(g.get('ant')).toBe(1);
    expect(g.get('ant:open-close')).toBe(1);
  });
  it('is symmetric', () => {
    const a = pairFeatures('الليرة التركية تتهاوى', 'الليرة التركية ترتفع بشكل غير مسبوق');
    const b = pairFeatures('الليرة التركية ترتفع بشكل غير مسبوق', 'الليرة التركية تتهاوى');
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
});

describe('classifyStance', () => {
  it('labels a paraphrase as supports', () => {
    const p = classifyStance('الصليب الأحمر يسحب 71 عامل إغاثة من اليمن', 'سحب 71 عامل إغاثة تابعين للصليب الأحمر من اليمن');
    expect(p.label).toBe('supports');
  });
  it('labels a direction flip as contradicts', () => {
    const p = classifyStance('الذهب يتراجع مع تصريحات ترامب حول كوريا الشمالية', 'الذهب يرتفع مع تصريحات ترامب حول كوريا الشمالية');
    expect(p.label).toBe('contradicts');
  });
  it('labels a denial as contradicts', () => {
    const p = classifyStance('جماعة فيلق الرحمن توافق على الانسحاب من الغوطة', 'جماعة فيلق الرحمن تنفي انسحابها من الغوطة');
    expect(p.label).toBe('contradicts');
  });
  it('returns probabilities that sum to one', () => {
    const { probabilities } = classifyStance('بلينكن يصل إلى القاهرة', 'وصل بلينكن إلى العاصمة المصرية');
    expect(Object.values(probabilities).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });
});

describe('parseStanceTsv and scoreStance', () => {
  it('reads the contract format and scores', () => {
    const rows = parseStanceTsv('id\tsentence1\tsentence2\n1\tأ\tب\n');
    expect(rows).toEqual([{ id: '1', sentence1: 'أ', sentence2: 'ب' }]);
    expect(() => parseStanceTsv('id\ttext\n1\tx')).toThrow(/sentence1/);
    const s = scoreStance(['supports', 'contradicts'], ['supports', 'supports']);
    expect(s.accuracy).toBe(0.5);
    expect(s.confusion.contradicts.supports).toBe(1);
  });
});

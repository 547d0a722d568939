import { describe, expect, it } from 'vitest';
import { isStopword, matchKey, normalizeArabic, normalizeWithOffsets, originalSpan, stem, tokenize } from './index';

describe('normalizeArabic', () => {
  it('folds alef and hamza forms, ta marbuta and alef maqsura', () => {
    expect(normalizeArabic('إسرائيل أكدت آلاف ٱلقاهرة')).toBe('اسراييل اكدت الاف القاهره');
    expect(normalizeArabic('مسؤول رئيسي على')).toBe('مسوول رييسي علي');
  });
  it('strips harakat, shadda, tanwin and tatweel', () => {
    expect(normalizeArabic('يعترف المسؤولون سرّا بأنّهم شخصًا')).toBe('يعترف المسوولون سرا بانهم شخصا');
    expect(normalizeArabic('الحـــرب')).toBe('الحرب');
  });
  it('turns Arabic-Indic and Persian digits and separators into ASCII', () => {
    expect(normalizeArabic('١٢٠٠ و۳۷۱۲۴ و١٫٥ و١٬٢٠٠')).toBe('1200 و37124 و1.5 و1,200');
    expect(normalizeArabic('هل وصل؟ نعم، وصل؛')).toBe('هل وصل? نعم, وصل;');
  });
  it('leaves text without variants untouched', () => {
    expect(normalizeArabic('وصل بلينكن')).toBe('وصل بلينكن');
    expect(normalizeArabic('Blinken, 2024')).toBe('blinken, 2024');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps spans of the normalized text back to the original', () => {
    const original = 'مقتل ما لا يقل عن ٣٧١٢٤ شخصًا في غزة';
    const norm = normalizeWithOffsets(original);
    const i = norm.text.indexOf('37124 شخصا');
    const [s, e] = originalSpan(norm, i, i + '37124 شخصا'.length);
    expect(original.slice(s, e)).toBe('٣٧١٢٤ شخصًا');
  });
  it('keeps marks after the last letter inside the span', () => {
    const original = 'قال سرّ الأمر';
    const norm = normalizeWithOffsets(original);
    const [s, e] = originalSpan(norm, 4, 6);
    expect(original.slice(s, e)).toBe('سرّ');
  });
});

describe('tokenize', () => {
  it('keeps figures with separators as one token', () => {
    expect(tokenize('قتل 1,200 شخص و١٫٥ مليون')).toEqual(['قتل', '1,200', 'شخص', 'و١٫٥', 'مليون']);
  });
  it('splits on punctuation and quotes', () => {
    expect(tokenize('«اضغطوا على حماس»، قال.')).toEqual(['اضغطوا', 'على', 'حماس', 'قال']);
  });
});

describe('stem', () => {
  it('strips the article, attached prepositions and plural suffixes', () => {
    expect(stem(normalizeArabic('الفلسطينيين'))).toBe('فلسطين');
    expect(stem(normalizeArabic('والمحتجزين'))).toBe('محتجز');
    expect(stem(normalizeArabic('للتوصل'))).toBe('توصل');
    expect(stem(normalizeArabic('الإسرائيلية'))).toBe('اسراييل');
  });
  it('keeps proper nouns and root waw whole', () => {
    expect(stem('بلينكن')).toBe('بلينكن');
    expect(stem(normalizeArabic('وزير'))).toBe(stem(normalizeArabic('الوزير')));
    expect(stem('ومصر')).toBe('مصر');
  });
});

describe('isStopword', () => {
  it('drops function words in any spelling', () => {
    expect(isStopword('التي')).toBe(true);
    expect(isStopword('إلى')).toBe(true);
  });
  it('keeps negation, hedges, numerals and ordinals that claims turn on', () => {
    for (const w of ['لم', 'غير', 'أكثر', 'نحو', 'عشرة', 'الأولى', 'الماضي', 'زيارة']) expect(isStopword(w)).toBe(false);
  });
});

describe('matchKey', () => {
  it('gives the same key to spelling variants of one claim', () => {
    const a = matchKey('أدى إلى مقتل ١١٩٤ شخصاً في إسرائيل');
    const b = matchKey('ادى الى مقتل 1194 شخصا في اسرائيل');
    expect(a).toBe(b);
    expect(a).toContain('1194');
  });
  it('drops stop words and stems the rest', () => {
    expect(matchKey('وصل بلينكن إلى القاهرة')).toBe('وصل بلينكن قاهر');
  });
});

import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { detectLanguage, parsePublicationDate, readArticle } from './read-article';
import { segmentSentences } from './segment';

const sentences = (text: string) => segmentSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits a full stop with no space after it («قطاع غزة.وتعد»)', () => {
    const t = 'لوقف إطلاق النار في قطاع غزة.وتعد جولة بلينكن الحالية هي الثامنة.';
    expect(sentences(t)).toEqual(['لوقف إطلاق النار في قطاع غزة.', 'وتعد جولة بلينكن الحالية هي الثامنة.']);
  });
  it('splits after a year too («2023.وسبق»)', () => {
    expect(sentences('في 7 أكتوبر 2023.وسبق أن أعلنت الخارجية')).toHaveLength(2);
  });
  it('keeps decimals in both notations', () => {
    expect(sentences('ارتفع المؤشر 1.5 نقطة و١٫٥ بالمئة. ثم تراجع.')).toEqual(['ارتفع المؤشر 1.5 نقطة و١٫٥ بالمئة.', 'ثم تراجع.']);
  });
  it('does not split inside quotes of any style', () => {
    for (const [o, c] of [['“', '”'], ['«', '»'], ['"', '"']]) {
      const t = `وقال بلينكن: ${o}اتفاق أو لا اتفاق. يظل من الضروري أن نحصل على المساعدات${c}. ثم غادر.`;
      expect(sentences(t)).toHaveLength(2);
    }
  });
  it('keeps abbreviations and initials, and headline «..» joins', () => {
    expect(sentences('قال د. محمد إن U.S. officials agreed.')).toHaveLength(1);
    expect(sentences('في مستهل جولة جديدة بالمنطقة.. بلينكن يلتقي السيسي بمصر')).toHaveLength(1);
  });
  it('survives dashes around a parenthetical', () => {
    const t = 'وباستثناء الهدنة – والتي شهدت إطلاق سراح نحو 100 رهينة – فقد فشلت المفاوضات.';
    expect(sentences(t)).toEqual([t]);
  });
  it('splits on question marks, Arabic and Latin', () => {
    expect(sentences('هل وصل الوفد؟ نعم وصل.')).toEqual(['هل وصل الوفد؟', 'نعم وصل.']);
  });
});

describe('parsePublicationDate', () => {
  it('reads the common forms', () => {
    expect(parsePublicationDate('10/06/2024 ( آخر تحديث')).toBe('2024-06-10');
    expect(parsePublicationDate('2024-06-10')).toBe('2024-06-10');
    expect(parsePublicationDate('الاثنين ١٠ يونيو ٢٠٢٤')).toBe('2024-06-10');
    expect(parsePublicationDate('10 حزيران 2024')).toBe('2024-06-10');
    expect(parsePublicationDate('June 10, 2024')).toBe('2024-06-10');
    expect(parsePublicationDate('31/02/2024')).toBeNull();
  });
});

describe('readArticle', () => {
  it('finds title, dateline outlet and date', () => {
    const t = 'عنوان الخبر هنا\nنشر بتاريخ: 10/06/2024\nالقاهرة- معا- اتفق الرئيس المصري ووزير الخارجية الأمريكي على تعزيز الجهود.\n';
    const { meta, blocks } = readArticle(t);
    expect(meta).toEqual({ title: 'عنوان الخبر هنا', outlet: 'معا', publishedAt: '2024-06-10', language: 'ar' });
    expect(t.slice(blocks[0].start, blocks[0].end).startsWith('اتفق')).toBe(true);
  });
  it('skips boilerplate and marks teaser blocks related', () => {
    const t = 'آخر الأخبار\n\nوصل بلينكن إلى القاهرة في زيارة هي العاشرة.\n\nشارك الخبر\n\nمقالات ذات صلة\n\nبلينكن يلتقي السيسي في القاهرة اليوم\n';
    const { blocks } = readArticle(t);
    expect(blocks.map((b) => [t.slice(b.start, b.end), b.section])).toEqual([
      ['وصل بلينكن إلى القاهرة في زيارة هي العاشرة.', 'body'],
      ['بلينكن يلتقي السيسي في القاهرة اليوم', 'related'],
    ]);
  });
  it('treats bullet headlines as related even without a heading', () => {
    const t = 'وصل بلينكن إلى القاهرة في زيارة هي العاشرة.\n  • بايدن يستبعد التوصل إلى اتفاق قريبا\n';
    const { blocks } = readArticle(t);
    expect(blocks[1]).toMatchObject({ section: 'related' });
    expect(t.slice(blocks[1].start, blocks[1].end)).toBe('بايدن يستبعد التوصل إلى اتفاق قريبا');
  });
  it('ignores lines that are only markup in HTML-ish text', () => {
    const t = '<div>\nأدى الهجوم إلى مقتل 1194 شخصا في إسرائيل، بحسب فرانس برس.\n</div>\n';
    const r = extractArticle(t);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].text).not.toContain('<');
  });
});

describe('language', () => {
  it('accepts an English article, marks it en and still extracts its figures', () => {
    const t = 'Blinken arrives in Cairo\n\nAbout 1,200 people were killed in the attack on 7 October, according to AFP. More than 37,124 people have been killed in Gaza.';
    expect(detectLanguage(t)).toBe('en');
    const r = extractArticle(t);
    expect(r.meta.language).toBe('en');
    const slots = r.claims.flatMap((c) => c.slots);
    expect(slots).toContainEqual(expect.objectContaining({ type: 'quantity', value: 1200, approx: true }));
    expect(slots).toContainEqual(expect.objectContaining({ type: 'quantity', value: 37124, atLeast: true }));
    expect(slots).toContainEqual(expect.objectContaining({ type: 'date', month: 10, day: 7 }));
  });
});

describe('claim detection', () => {
  it('scores questions and opinions low and factual figures high', () => {
    const r = extractArticle(
      'أدى الهجوم إلى مقتل 1194 شخصا، بحسب حصيلة أعدتها وكالة فرانس برس.\nهل يمكن التوصل إلى اتفاق قريبا؟\nنعتقد أن الحل يجب أن يكون سياسيا.\n',
      { includeAll: true },
    );
    const [fact, question, opinion] = r.claims;
    expect(fact.checkworthiness).toBeGreaterThanOrEqual(0.8);
    expect(fact.reasons).toEqual(expect.arrayContaining(['quantity', 'attribution', 'entity', 'factual-verb']));
    expect(question.checkworthiness).toBeLessThan(0.2);
    expect(opinion.checkworthiness).toBeLessThan(0.2);
    expect(extractArticle('هل يمكن التوصل إلى اتفاق قريبا؟\n').claims).toEqual([]);
  });
  it('a 1 MB single paragraph completes', () => {
    const sentence = 'وأدى الهجوم العسكري إلى مقتل ما لا يقل عن 37124 شخصًا في غزة، وفقًا لوزارة الصحة في القطاع. ';
    const big = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length / 2));
    const r = extractArticle(big);
    expect(r.claims.length).toBeGreaterThan(1000);
    expect(r.claims[r.claims.length - 1].end).toBeLessThanOrEqual(big.length);
  });
});

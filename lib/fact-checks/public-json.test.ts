import { describe, expect, it } from 'vitest';
import { detailJson, summaryJson } from './public-json';
import type { PublicFactCheck, PublicFactCheckSummary } from './public-queries';

const base = {
  slug: 'blinken-visit',
  verdict: 'needs_context',
  titleAr: 'عنوان',
  titleEn: 'Title',
  summaryAr: 'ملخص',
  summaryEn: 'Summary',
  publishedAt: new Date('2026-11-26T03:47:56.366Z'),
  updatedAt: new Date('2026-11-26T03:47:56.371Z'),
};
const article = { id: 7, title: 'مقال', url: 'https://example.org/a', publishedAt: new Date('2024-06-10T00:00:00Z'), language: 'ar', outlet: { name: 'معا' } };

describe('public JSON shapes (README: Public JSON API; key order is part of the API)', () => {
  it('a list item: the shared head, then outlet and dates', () => {
    const json = summaryJson({ ...base, claim: { article } } as unknown as PublicFactCheckSummary);
    expect(Object.keys(json)).toEqual(['slug', 'url', 'verdict', 'verdictLabel', 'rating', 'title', 'summary', 'outlet', 'publishedAt', 'updatedAt']);
    expect(json.verdictLabel).toEqual({ ar: 'يحتاج إلى سياق', en: 'Needs context' });
    expect(json.rating).toBe(3);
    expect(json.outlet).toBe('معا');
  });

  it('one fact-check: version, the same head, then body, claims and corrections', () => {
    const claim = { id: 1, text: 'نص', relation: 'reviewed', isSuggested: false, questionKey: null, slots: [], article };
    const json = detailJson({ ...base, bodyAr: 'متن', bodyEn: 'Body', claims: [claim], corrections: [] } as unknown as PublicFactCheck);
    expect(Object.keys(json)).toEqual(['version', 'slug', 'url', 'verdict', 'verdictLabel', 'rating', 'title', 'summary', 'body', 'claimReviewed', 'publishedAt', 'updatedAt', 'claims', 'corrections']);
    expect(json.claimReviewed).toBe('نص');
    expect(json.claims[0].source).toMatchObject({ outlet: 'معا', publishedAt: '2024-06-10' });
  });
});

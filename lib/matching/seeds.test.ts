// The seed articles' known agreements and conflicts (seeds/README): what `claims match` must find.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extraction/index';
import { matchClaims } from './match-claims';
import { tripCuesOf } from './trip-cues';
import { groupByQuestion } from './group-by-question';
import type { MatchInput } from './types';

const dir = new URL('../../seeds/', import.meta.url);
const items: MatchInput[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(f, dir), 'utf8');
  const { meta, claims } = extractArticle(text, { fileName: f });
  const trip = tripCuesOf(text);
  for (const claim of claims) items.push({ key: f.slice(0, 3), articleDate: meta.publishedAt, claim, trip });
}
const links = matchClaims(items);
const find = (fa: string, ta: string, fb: string, tb: string) =>
  links.filter((l) => {
    const [x, y] = [items[l.a], items[l.b]];
    return (x.key === fa && x.claim.text.includes(ta) && y.key === fb && y.claim.text.includes(tb)) ||
      (x.key === fb && x.claim.text.includes(tb) && y.key === fa && y.claim.text.includes(ta));
  });

describe('seed articles', () => {
  it.each([
    ['000', 'العاشرة', '001', 'الثامنة'], ['000', 'العاشرة', '002', 'السادسة'], ['000', 'العاشرة', '003', 'الثامنة'],
    ['000', 'العاشرة', '004', 'الثامنة'], ['001', 'الثامنة', '002', 'السادسة'], ['002', 'السادسة', '003', 'الثامنة'], ['002', 'السادسة', '004', 'الثامنة'],
  ])('visit %s «%s» vs %s «%s»: contradicts or possibly different events', (fa, ta, fb, tb) => {
    const l = find(fa, ta, fb, tb);
    expect(l.some((x) => x.relation === 'contradicts' || x.possiblyDifferentEvents)).toBe(true);
  });
  it.each([
    ['001', 'الثامنة', '003', 'الثامنة'], ['001', 'الثامنة', '004', 'الثامنة'], ['003', 'الثامنة', '004', 'الثامنة'],
    ['000', 'نحو 1200', '003', '1194'], ['001', '105', '003', 'نحو 100'],
    ['001', 'نهاية مايو', '003', '31 مايو'], ['001', 'نهاية مايو', '004', 'الجمعة قبل الماضي'], ['003', '31 مايو', '004', 'الجمعة قبل الماضي'],
    ['003', 'المغلق منذ شهر', '004', 'المغلق منذ شهر'],
  ])('%s «%s» vs %s «%s»: supports', (fa, ta, fb, tb) => {
    expect(find(fa, ta, fb, tb).some((x) => x.relation === 'supports')).toBe(true);
  });
  it('a bare weekday does not support a date after «منذ» (002 «منذ السابع من أكتوبر» vs 003 «يوم الاثنين»)', () => {
    expect(find('002', 'منذ السابع من أكتوبر', '003', 'يوم الاثنين في بداية جولة').some((x) => x.relation === 'supports')).toBe(false);
  });
  it('the visit ordinals of all five outlets form one question, under Blinken (not Biden, named later in 003)', () => {
    const visit = groupByQuestion(items).filter((g) => g.questionKey.startsWith('ordinal|visit'));
    expect(visit).toHaveLength(1);
    expect(new Set(visit[0].members.map((m) => m.key))).toEqual(new Set(['000', '001', '002', '003', '004']));
  });
  it.each([['000', 'العاشرة', '001', 'الثامنة'], ['000', 'العاشرة', '004', 'الثامنة'], ['002', 'السادسة', '001', 'الثامنة'], ['002', 'السادسة', '004', 'الثامنة']])(
    'visit %s «%s» (trip without Israel) vs %s «%s» (trip to Israel): possibly different events',
    (fa, ta, fb, tb) => {
      expect(find(fa, ta, fb, tb).some((x) => x.relation === 'contradicts' && x.possiblyDifferentEvents)).toBe(true);
    },
  );
  it('001 «وصل بلينكن إلى العاصمة المصرية» and 002 «وتتوسط الولايات المتحدة» (one ceasefire, a truce and its war) do not contradict', () => {
    expect(find('001', 'وصل بلينكن إلى العاصمة المصرية', '002', 'وتتوسط الولايات المتحدة').some((x) => x.relation === 'contradicts')).toBe(false);
  });
  it('no contradiction between figures that agree within hedges', () => {
    expect(find('000', 'نحو 1200', '003', '1194').some((x) => x.relation === 'contradicts')).toBe(false);
    expect(find('001', '105', '003', 'نحو 100').some((x) => x.relation === 'contradicts')).toBe(false);
  });
});

import { describe, it, expect, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testDb, makeUser } from '../test/db';
import { normalizeArabic } from '../arabic';
import { findClaimsPageIds } from './claims-table-query';
import { parseClaimsTableParams } from './table-params';

const db = testDb();

// One article of our own (other test files share the database): every query is scoped to it.
const SENTENCES = [
  'قال وزير الخارجية إن إسرائيل وافقت على الهدنة لمدة سبعة أيام.',
  'وصل أنتوني بلِينْكِن إلى القاهرة في زيارته العاشرة للمنطقة.',
  'وأعلنت الوزارة مقتل 1200 شخص في الهجوم.',
  'وقالت مصادر إن المفاوضات ستستأنف يوم الأحد.',
];

let articleId: number;
let otherArticleId: number;
let ids: number[];
let me: { id: string };
let other: { id: string };

async function makeArticle(outlet: string, publishedAt: string) {
  const text = SENTENCES.join(' ');
  const o = await db.outlet.create({ data: { name: `${outlet}-${randomUUID().slice(0, 6)}`, nameKey: randomUUID() } });
  return db.article.create({
    data: { text, contentHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), language: 'ar', outletId: o.id, publishedAt: new Date(`${publishedAt}T00:00:00Z`) },
    select: { id: true, text: true, outletId: true },
  });
}

beforeAll(async () => {
  me = await makeUser(db, 'editor');
  other = await makeUser(db, 'editor');
  const article = await makeArticle('الحرة', '2024-06-10');
  const second = await makeArticle('معا', '2024-01-05');
  articleId = article.id;
  otherArticleId = second.id;
  ids = [];
  let at = 0;
  for (const [i, s] of SENTENCES.entries()) {
    const start = article.text.indexOf(s, at);
    at = start + s.length;
    const c = await db.claim.create({
      data: {
        articleId,
        text: s,
        start,
        end: start + s.length,
        normalizedText: normalizeArabic(s),
        checkworthiness: [0.9, 0.5, 0.7, 0.2][i],
        status: (['new', 'in_review', 'new', 'approved'] as const)[i],
        verdict: i === 3 ? 'false' : null,
        assigneeId: i === 0 ? me.id : i === 1 ? other.id : null,
      },
    });
    ids.push(c.id);
  }
  await db.claimSlot.create({ data: { claimId: ids[1], type: 'ordinal', value: 10, raw: 'العاشرة' } });
  await db.claimSlot.create({ data: { claimId: ids[2], type: 'quantity', value: 1200, raw: '1200 شخص' } });
  // a claim in another article that contradicts claim 2 (suggested): the conflict marker
  const s = SENTENCES[1];
  const start = second.text.indexOf(s);
  const rival = await db.claim.create({ data: { articleId: otherArticleId, text: s, start, end: start + s.length, normalizedText: normalizeArabic(s) } });
  const [a, b] = [ids[1], rival.id].sort((x, y) => x - y);
  await db.claimLink.create({ data: { claimAId: a, claimBId: b, relation: 'contradicts' } });
});

const page = (q: Record<string, string>) => findClaimsPageIds(db, parseClaimsTableParams({ article: String(articleId), ...q }), me.id);

describe('claims table query (PostgreSQL)', () => {
  it('lists the article’s claims, sorted as asked, with a total', async () => {
    const r = await page({ sort: 'checkworthiness', dir: 'desc' });
    expect(r.ids).toEqual([ids[0], ids[2], ids[1], ids[3]]);
    expect(r).toMatchObject({ total: 4, isTotalCapped: false });
    expect((await page({ sort: 'checkworthiness', dir: 'asc' })).ids).toEqual([ids[3], ids[1], ids[2], ids[0]]);
    expect((await page({ sort: 'status', dir: 'asc' })).ids.at(-1)).toBe(ids[3]);
  });

  it('pages: size and page', async () => {
    const all = (await page({ sort: 'checkworthiness' })).ids;
    // 25 is the smallest page; four rows fit on page 1 and page 2 is empty with the same total
    expect(all).toHaveLength(4);
    const p2 = await page({ sort: 'checkworthiness', page: '2' });
    expect(p2.ids).toEqual([]);
    expect(p2.total).toBe(4);
  });

  it('search ignores hamza and alef variants: «اسرائيل» finds «إسرائيل»', async () => {
    expect((await page({ q: 'اسرائيل' })).ids).toEqual([ids[0]]);
    expect((await page({ q: 'إسرائيل' })).ids).toEqual([ids[0]]);
  });

  it('search ignores diacritics: «بلينكن» finds «بلِينْكِن», and a query with tashkeel finds plain text', async () => {
    expect((await page({ q: 'بلينكن' })).ids).toEqual([ids[1]]);
    expect((await page({ q: 'الهُدْنَة' })).ids).toEqual([ids[0]]);
  });

  it('search uses Arabic stemming (full text) and partial words (substring)', async () => {
    expect((await page({ q: 'زيارة' })).ids).toEqual([ids[1]]);
    expect((await page({ q: 'مفاوض' })).ids).toEqual([ids[3]]);
    expect((await page({ q: '50%_\\' })).ids).toEqual([]);
  });

  it('filters: status, verdict, assignee (me, unassigned, someone), slot type, suggested conflict', async () => {
    expect((await page({ status: 'new', sort: 'checkworthiness' })).ids).toEqual([ids[0], ids[2]]);
    expect((await page({ verdict: 'false' })).ids).toEqual([ids[3]]);
    expect((await page({ assignee: 'me' })).ids).toEqual([ids[0]]);
    expect((await page({ assignee: other.id })).ids).toEqual([ids[1]]);
    expect((await page({ assignee: 'unassigned', sort: 'checkworthiness' })).ids).toEqual([ids[2], ids[3]]);
    expect((await page({ slot: 'ordinal' })).ids).toEqual([ids[1]]);
    expect((await page({ slot: 'quantity' })).ids).toEqual([ids[2]]);
    expect((await page({ conflict: '1' })).ids).toEqual([ids[1]]);
  });

  it('a selective search (read as a set) sorts as the unsearched table does', async () => {
    // «قال» is in the first and (as «وقالت») the last sentence: the matches are materialized,
    // then sorted over their own columns
    const matched = [ids[0], ids[3]];
    for (const [sort, dir] of [['checkworthiness', 'asc'], ['checkworthiness', 'desc'], ['status', 'asc'], ['updated', 'desc'], ['date', 'asc']] as const) {
      const searched = (await page({ q: 'قال', sort, dir })).ids;
      const unsearched = (await page({ sort, dir })).ids.filter((id) => matched.includes(id));
      expect(searched, `${sort} ${dir}`).toEqual(unsearched);
    }
    expect((await page({ q: 'قال', sort: 'checkworthiness', dir: 'asc' })).ids).toEqual([ids[3], ids[0]]);
    expect((await page({ q: 'قال', sort: 'checkworthiness', dir: 'desc' })).ids).toEqual([ids[0], ids[3]]);
  });

  it('filters by outlet and article date range; sorts by date and outlet across articles', async () => {
    const both = async (q: Record<string, string>) =>
      (await findClaimsPageIds(db, parseClaimsTableParams({ q: 'بلينكن', ...q }), me.id)).ids.filter((id) => id === ids[1] || id > ids[3]);
    const mine = await both({});
    expect(mine).toHaveLength(2);
    expect(await both({ from: '2024-06-01' })).toEqual([ids[1]]);
    expect(await both({ to: '2024-02-01' })).toEqual([mine.find((id) => id !== ids[1])]);
    expect(await both({ from: '2024-02-01', to: '2024-01-01' })).toEqual([]);
    const byDate = await both({ sort: 'date', dir: 'asc' });
    expect(byDate[byDate.length - 1]).toBe(ids[1]);
    const outletId = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).outletId!;
    expect((await findClaimsPageIds(db, parseClaimsTableParams({ outlet: String(outletId), sort: 'outlet' }), me.id)).ids.sort()).toEqual([...ids].sort());
  });

  it('search follows text edits: PostgreSQL regenerates the stored search vector', async () => {
    const s = 'وقال الوزير إن الاجتماع المقبل سيعقد في عمّان.';
    const start = SENTENCES.join(' ').length + 1000;
    const c = await db.claim.create({ data: { articleId, text: s, start, end: start + s.length, normalizedText: normalizeArabic(s) } });
    const [col] = await db.$queryRaw<{ generated: string; type: string }[]>`
      SELECT attgenerated::text AS generated, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = 'claims'::regclass AND attname = 'search_vector'`;
    expect(col).toEqual({ generated: 's', type: 'tsvector' });
    // «الاجتماعات» shares only the stem with «الاجتماع»: full text, not substring, finds it
    expect((await page({ q: 'الاجتماعات' })).ids).toEqual([c.id]);
    const edited = 'وقال الوزير إن المؤتمر المقبل سيعقد في عمّان.';
    await db.claim.update({ where: { id: c.id }, data: { text: edited, end: start + edited.length, normalizedText: normalizeArabic(edited) } });
    expect((await page({ q: 'الاجتماعات' })).ids).toEqual([]);
    expect((await page({ q: 'المؤتمرات' })).ids).toEqual([c.id]);
    await db.claim.delete({ where: { id: c.id } });
  });

  it('combines filters with search', async () => {
    expect((await page({ q: 'اسرائيل', status: 'approved' })).ids).toEqual([]);
    expect((await page({ q: 'اسرائيل', status: 'new', assignee: 'me' })).ids).toEqual([ids[0]]);
  });
});

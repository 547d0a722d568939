// The seed articles through the app's own path: ingestArticle with the manifest's metadata (as
// prisma/seed-demo.ts does), then suggestLinksForArticle for each, against a real PostgreSQL.
// The relations asserted are the ones the seeds are known to carry (bench/matching/SEEDS.md).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { ingestArticle } from '../articles/ingest-article';
import { decodeArticleBytes } from '../extraction/decode';
import { decideLink } from './decide-link';
import { suggestLinksForArticle, suggestLinksForClaims } from './suggest-links';

const db = testDb();
const seeds = new URL('../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as {
  articles: Array<{ file: string; outlet: string | null; publishedAt: string | null; title: string | null }>;
};

/** seed prefix ('000'…'004') → article id */
const articleOf = new Map<string, number>();

async function ingestSeed(entry: (typeof manifest.articles)[number]) {
  const { text, encoding } = decodeArticleBytes(readFileSync(new URL(entry.file, seeds)), entry.file);
  return ingestArticle(db, { text, encoding, title: entry.title, outlet: entry.outlet, publishedAt: entry.publishedAt, sourceName: entry.file }, null);
}

async function seedLinks() {
  const ids = [...articleOf.values()];
  return db.claimLink.findMany({
    where: { claimA: { articleId: { in: ids } }, claimB: { articleId: { in: ids } } },
    select: {
      id: true, relation: true, state: true, origin: true, version: true, updatedAt: true, possiblyDifferentEvents: true,
      claimAId: true, claimBId: true, confidence: true, explanation: true,
      claimA: { select: { articleId: true, text: true } }, claimB: { select: { articleId: true, text: true } },
    },
    orderBy: { id: 'asc' },
  });
}
type Link = Awaited<ReturnType<typeof seedLinks>>[number];

function between(links: Link[], fa: string, ta: string, fb: string, tb: string): Link[] {
  const [aa, ab] = [articleOf.get(fa), articleOf.get(fb)];
  const is = (c: Link['claimA'], art: number | undefined, t: string) => c.articleId === art && c.text.includes(t);
  return links.filter((l) => (is(l.claimA, aa, ta) && is(l.claimB, ab, tb)) || (is(l.claimA, ab, tb) && is(l.claimB, aa, ta)));
}

beforeAll(async () => {
  for (const entry of manifest.articles) {
    const res = await ingestSeed(entry);
    articleOf.set(entry.file.slice(0, 3), res.articleId);
    await suggestLinksForArticle(res.articleId, { db });
  }
}, 120_000);

describe('suggested links on the seed articles (PostgreSQL)', () => {
  it.each([
    ['000', 'العاشرة', '001', 'الثامنة'], ['000', 'العاشرة', '002', 'السادسة'], ['000', 'العاشرة', '003', 'الثامنة'],
    ['000', 'العاشرة', '004', 'الثامنة'], ['001', 'الثامنة', '002', 'السادسة'], ['002', 'السادسة', '003', 'الثامنة'],
    ['002', 'السادسة', '004', 'الثامنة'],
  ])('visit %s «%s» vs %s «%s»: contradicts or possibly different events', async (fa, ta, fb, tb) => {
    const l = between(await seedLinks(), fa, ta, fb, tb);
    expect(l.some((x) => x.relation === 'contradicts' || x.possiblyDifferentEvents)).toBe(true);
  });

  it.each([
    ['001', 'الثامنة', '003', 'الثامنة'], ['001', 'الثامنة', '004', 'الثامنة'], ['003', 'الثامنة', '004', 'الثامنة'],
    ['000', 'نحو 1200', '003', '1194'], ['001', '105', '003', 'نحو 100'],
    ['001', 'نهاية مايو', '003', '31 مايو'], ['001', 'نهاية مايو', '004', 'الجمعة قبل الماضي'], ['003', '31 مايو', '004', 'الجمعة قبل الماضي'],
    ['003', 'المغلق منذ شهر', '004', 'المغلق منذ شهر'],
  ])('%s «%s» vs %s «%s»: supports', async (fa, ta, fb, tb) => {
    const l = between(await seedLinks(), fa, ta, fb, tb);
    expect(l.map((x) => x.relation)).toContain('supports');
  });

  it.each([['000', 'العاشرة', '001', 'الثامنة'], ['000', 'العاشرة', '004', 'الثامنة'], ['002', 'السادسة', '001', 'الثامنة'], ['002', 'السادسة', '004', 'الثامنة']])(
    'visit %s «%s» (trip without Israel) vs %s «%s» (trip to Israel): possibly different events',
    async (fa, ta, fb, tb) => {
      const l = between(await seedLinks(), fa, ta, fb, tb);
      expect(l.some((x) => x.relation === 'contradicts' && x.possiblyDifferentEvents)).toBe(true);
    },
  );

  it('no contradiction between figures that agree within hedges', async () => {
    const links = await seedLinks();
    expect(between(links, '000', 'نحو 1200', '003', '1194').some((x) => x.relation === 'contradicts')).toBe(false);
    expect(between(links, '001', '105', '003', 'نحو 100').some((x) => x.relation === 'contradicts')).toBe(false);
  });

  it('stores suggestions only: origin and state suggested, ordered pairs, never within one article', async () => {
    const links = await seedLinks();
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l.claimAId).toBeLessThan(l.claimBId);
      expect(l.claimA.articleId).not.toBe(l.claimB.articleId);
      expect([l.origin, l.state]).toEqual(['suggested', 'suggested']);
      expect(l.explanation).toBeTruthy();
    }
  });

  it('groups the visit claims of every outlet under one stored question key', async () => {
    const ids = [...articleOf.values()];
    const visits = await db.claim.findMany({
      where: { articleId: { in: ids }, OR: ['العاشرة', 'الثامنة', 'السادسة'].map((w) => ({ text: { contains: w } })) },
      select: { articleId: true, questionKey: true, questionLabel: true },
    });
    const keys = visits.filter((v) => v.questionKey?.startsWith('ordinal|visit'));
    expect(new Set(keys.map((v) => v.articleId)).size).toBe(5);
    expect(new Set(keys.map((v) => v.questionKey)).size).toBe(1);
    expect(keys[0].questionLabel).toContain('ترتيب الزيارة');
  });

  it('re-running changes nothing: same rows, same versions, same updated_at', async () => {
    const before = await seedLinks();
    const claimsBefore = await db.claim.findMany({ where: { articleId: { in: [...articleOf.values()] } }, select: { id: true, updatedAt: true, questionKey: true }, orderBy: { id: 'asc' } });
    let written = 0;
    for (const id of articleOf.values()) written += (await suggestLinksForArticle(id, { db })).written;
    expect(written).toBe(0);
    const after = await seedLinks();
    expect(after.map((l) => [l.id, l.relation, l.version, l.updatedAt.getTime()])).toEqual(before.map((l) => [l.id, l.relation, l.version, l.updatedAt.getTime()]));
    const claimsAfter = await db.claim.findMany({ where: { articleId: { in: [...articleOf.values()] } }, select: { id: true, updatedAt: true, questionKey: true }, orderBy: { id: 'asc' } });
    expect(claimsAfter).toEqual(claimsBefore);
  });

  it('an article ingested twice is stored once and adds no links', async () => {
    const before = await seedLinks();
    const res = await ingestSeed(manifest.articles[3]);
    expect(res).toEqual({ status: 'duplicate', articleId: articleOf.get('003') });
    await suggestLinksForArticle(res.articleId, { db });
    expect((await seedLinks()).map((l) => l.id)).toEqual(before.map((l) => l.id));
  });

  it("never overrides an editor's decision: a rejected link stays rejected, a confirmed one keeps its relation", async () => {
    const editor = await makeUser(db, 'editor');
    const links = await seedLinks();
    const rejected = between(links, '000', 'نحو 1200', '003', '1194').find((l) => l.relation === 'supports');
    const confirmed = between(links, '001', 'الثامنة', '003', 'الثامنة').find((l) => l.relation === 'supports');
    if (!rejected || !confirmed) throw new Error('seed links missing');
    await decideLink(editor, { linkId: rejected.id, version: rejected.version, decision: 'reject', note: 'اختبار' });
    await decideLink(editor, { linkId: confirmed.id, version: confirmed.version, decision: 'confirm', relation: 'related', possiblyDifferentEvents: true });
    const decided = await db.claimLink.findMany({ where: { id: { in: [rejected.id, confirmed.id] } }, orderBy: { id: 'asc' } });

    await suggestLinksForClaims([rejected.claimAId, rejected.claimBId, confirmed.claimAId, confirmed.claimBId], { db });
    for (const id of articleOf.values()) await suggestLinksForArticle(id, { db });

    const again = await db.claimLink.findMany({ where: { id: { in: [rejected.id, confirmed.id] } }, orderBy: { id: 'asc' } });
    expect(again).toEqual(decided);
    expect(again.find((l) => l.id === rejected.id)?.state).toBe('rejected');
    expect(again.find((l) => l.id === confirmed.id)).toMatchObject({ state: 'confirmed', relation: 'related', possiblyDifferentEvents: true });
    // still one row per pair
    const pairs = (await seedLinks()).map((l) => `${l.claimAId}:${l.claimBId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

// rematchAll (the full re-match, pipelined: one batch judged while the next is looked up and the
// previous written) must give exactly the links the per-article path gives, whatever the batch
// size, and write nothing when run again. (The per-article path also asks the trigram and
// full-text sources, which the full re-match leaves out; on the seeds they add no link.) It
// matches the whole database, so it runs in a database of its own (the seed articles only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../db/client';
import { migrate } from '../db/migrate';
import { ingestArticle } from '../articles/ingest-article';
import { decodeArticleBytes } from '../extraction/decode';
import { rematchAll, suggestLinksForArticle } from './suggest-links';

const seeds = new URL('../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as {
  articles: Array<{ file: string; outlet: string | null; publishedAt: string | null; title: string | null }>;
};

const testUrl = inject('databaseUrl');
const name = `${new URL(testUrl).pathname.slice(1)}_rematch`;
const adminUrl = testUrl.replace(/\/[^/]*$/, '/postgres');
const url = testUrl.replace(/\/[^/]*$/, `/${name}`);
let db: PrismaClient;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function links() {
  return db.claimLink.findMany({
    select: { claimAId: true, claimBId: true, relation: true, confidence: true, possiblyDifferentEvents: true, explanation: true, version: true, updatedAt: true },
    orderBy: [{ claimAId: 'asc' }, { claimBId: 'asc' }],
  });
}

async function keys() {
  return db.claim.findMany({ select: { id: true, questionKey: true, questionLabel: true }, orderBy: { id: 'asc' } });
}

let perArticle: Awaited<ReturnType<typeof links>>;
let perArticleKeys: Awaited<ReturnType<typeof keys>>;
let articleIds: number[] = [];

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  await migrate(url, path.resolve(import.meta.dirname, '../../prisma/migrations'));
  db = createPrismaClient(url, 4);
  for (const entry of manifest.articles) {
    const { text, encoding } = decodeArticleBytes(readFileSync(new URL(entry.file, seeds)), entry.file);
    const res = await ingestArticle(db, { text, encoding, title: entry.title, outlet: entry.outlet, publishedAt: entry.publishedAt, sourceName: entry.file }, null);
    articleIds.push(res.articleId);
    await suggestLinksForArticle(res.articleId, { db });
  }
  articleIds = articleIds.sort((a, b) => a - b);
  perArticle = await links();
  perArticleKeys = await keys();
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
});

const judged = (rows: Awaited<ReturnType<typeof links>>) =>
  rows.map(({ claimAId, claimBId, relation, confidence, possiblyDifferentEvents, explanation }) => ({ claimAId, claimBId, relation, confidence, possiblyDifferentEvents, explanation }));

describe('rematchAll', () => {
  it.each([1, 2, 50])('from no links and no question keys, batches of %i article(s) give the per-article links and keys', async (batchArticles) => {
    expect(perArticle.length).toBeGreaterThan(20);
    const keyed = perArticleKeys.filter((k) => k.questionKey !== null).length;
    expect(keyed).toBeGreaterThan(5);
    await db.claimLink.deleteMany({});
    await db.$executeRaw`UPDATE claims SET question_key = NULL, question_label = NULL`;
    const progress: number[] = [];
    const stats = await rematchAll({ db, batchArticles, onProgress: (done) => progress.push(done) });
    expect(judged(await links())).toEqual(judged(perArticle));
    expect(await keys()).toEqual(perArticleKeys);
    expect(stats.written).toBe(perArticle.length);
    expect(stats.questionKeysWritten).toBe(keyed);
    expect(stats.claims).toBe(await db.claim.count());
    expect(progress.at(-1)).toBe(articleIds.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('writes nothing when run again: same rows, versions and updated_at', async () => {
    const before = await links();
    const stats = await rematchAll({ db, batchArticles: 2 });
    expect(stats.written).toBe(0);
    expect(stats.removed).toBe(0);
    expect(stats.questionKeysWritten).toBe(0);
    expect(await links()).toEqual(before);
  });
});

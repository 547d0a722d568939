// A 2 MB article (the import limit) dense with claims is stored whole, in one transaction, with
// the matcher run after it. It used to take over a minute (per-claim candidate lookups that grew
// with the square of the article, and Prisma's createManyAndReturn); the time it takes now is
// measured in bench/large-article/, not here.
import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testDb, makeUser } from '../test/db';
import { makeDenseArticle } from '../test/dense-article';
import { extractArticle } from '../extraction';
import { MAX_ARTICLE_BYTES } from '../extraction/decode';
import { ingestArticle } from './ingest-article';

const db = testDb();

describe('ingestArticle: a 2 MB article full of claims', () => {
  it('stores every extracted claim with its slots and one audit row, then the matcher has run', async () => {
    const editor = await makeUser(db, 'editor');
    // a unique first line so a re-run on the same database is not a duplicate
    const text = `${randomUUID()}\n\n${makeDenseArticle(MAX_ARTICLE_BYTES - 1000)}`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_ARTICLE_BYTES - 64 * 1024);
    const expected = extractArticle(text, {}).claims;
    expect(expected.length).toBeGreaterThan(4000);

    const result = await ingestArticle(db, { text, sourceName: 'dense.txt' }, editor.id);
    expect(result.status).toBe('stored');
    if (result.status !== 'stored') return;
    expect(result.claimCount).toBe(expected.length);

    const stored = await db.claim.findMany({ where: { articleId: result.articleId }, select: { start: true, end: true, text: true, questionKey: true }, orderBy: { start: 'asc' } });
    expect(stored.map((c) => [c.start, c.end, c.text])).toEqual([...expected].sort((a, b) => a.start - b.start).map((c) => [c.start, c.end, c.text]));
    const slotCount = await db.claimSlot.count({ where: { claim: { articleId: result.articleId } } });
    expect(slotCount).toBe(expected.reduce((n, c) => n + c.slots.length, 0));
    expect(await db.auditLog.count({ where: { entityType: 'article', entityId: String(result.articleId), action: 'import' } })).toBe(1);
    // the step after the commit (question keys, suggested links) ran to the end
    expect(stored.filter((c) => c.questionKey !== null).length).toBeGreaterThan(1000);

    expect(await ingestArticle(db, { text }, editor.id)).toEqual({ status: 'duplicate', articleId: result.articleId });
  }, 120_000);
});

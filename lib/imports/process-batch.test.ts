import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { inject } from 'vitest';
import { testDb, makeUser } from '../test/db';
import { createPrismaClient } from '../db/client';
import { appendToBatch, createBatch, startBatch } from './create-batch';
import { processBatch } from './process-batch';
import { startImportWorker } from '../jobs/import-worker';
import { getBatchProgress } from './batch-progress';

const db = testDb();

let serial = 0;
/** a distinct Arabic article per call (distinct figures, so distinct content hashes) */
function article(): string {
  const n = `${Date.now()}${serial++}`;
  return `قال المتحدث باسم وزارة الصحة إن ${n} شخصًا أصيبوا في الحادث. وأضاف أن المستشفيات استقبلت ${serial * 7} جريحًا بحسب الحصيلة الأولية.`;
}
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function makeBatch(files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]) {
  const user = await makeUser(db, 'editor');
  const batch = await createBatch(db, user.id);
  await appendToBatch(db, batch.id, user.id, files);
  await startBatch(db, batch.id, user.id);
  return { batchId: batch.id, user };
}

describe('bulk import worker', () => {
  it('stores good files, reports duplicates and per-file failures, and closes the batch', async () => {
    const existing = article();
    const files = [
      { name: 'a.txt', bytes: utf8(article()) },
      { name: 'b.txt', bytes: new Uint8Array(iconv.encode(article(), 'windows-1256')) },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
      { name: 'blank.txt', bytes: utf8('   \n\t  ') },
      { name: 'binary.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
      { name: '../../etc/passwd.txt', bytes: utf8(existing) },
      { name: 'again.txt', bytes: utf8(existing) },
      { name: 'page.html', bytes: utf8(`<!doctype html><html><body><script>alert(1)</script><article><p>${article()}</p></article></body></html>`) },
      { name: 'big.txt', bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41) },
    ];
    const { batchId } = await makeBatch(files);
    await processBatch(db, batchId);
    const p = await getBatchProgress(db, batchId);
    expect(p).toMatchObject({ status: 'done', total: 9, pending: 0, stored: 4, duplicate: 1, failed: 4 });
    const byName = new Map(p!.items!.map((i) => [i.name, i]));
    expect(byName.get('empty.txt')?.error).toBe('empty');
    expect(byName.get('blank.txt')?.error).toBe('no_text');
    expect(byName.get('binary.txt')?.error).toBe('binary');
    expect(byName.get('big.txt')?.error).toBe('too_large');
    // a name is only a label: stored as given, nothing read from or written to that path
    expect(byName.get('../../etc/passwd.txt')?.status).toBe('stored');
    expect(byName.get('again.txt')).toMatchObject({ status: 'duplicate', articleId: byName.get('../../etc/passwd.txt')?.articleId });
    const html = await db.article.findUnique({ where: { id: byName.get('page.html')!.articleId! }, select: { text: true } });
    expect(html?.text).not.toContain('alert');
    const cp = await db.article.findUnique({ where: { id: byName.get('b.txt')!.articleId! }, select: { text: true, encoding: true } });
    expect(cp).toMatchObject({ encoding: 'windows-1256' });
    expect(cp?.text).toContain('قال المتحدث باسم وزارة الصحة');
    // bytes are dropped once an item is processed
    expect(await db.importItem.count({ where: { batchId, content: { not: null } } })).toBe(0);
  });

  it('two workers on one batch process each item exactly once (chunks of 4)', async () => {
    const n = 24;
    const files = Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, bytes: utf8(article()) }));
    const { batchId } = await makeBatch(files);
    const other = createPrismaClient(inject('databaseUrl'), 4);
    try {
      const [a, b] = await Promise.all([processBatch(db, batchId, undefined, { chunkSize: 4 }), processBatch(other, batchId, undefined, { chunkSize: 4 })]);
      expect(a + b).toBe(n);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
    } finally {
      await other.$disconnect();
    }
    const p = await getBatchProgress(db, batchId);
    expect(p).toMatchObject({ status: 'done', stored: n, duplicate: 0, failed: 0 });
    const ids = p!.items!.map((i) => i.articleId);
    expect(new Set(ids).size).toBe(n);
    // one audit row per stored article: nothing was written twice
    const audits = await db.auditLog.count({ where: { entityType: 'article', action: 'import', entityId: { in: ids.map(String) } } });
    expect(audits).toBe(n);
  });

  it('an interrupted batch resumes its pending items when the worker starts', async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `r${i}.txt`, bytes: utf8(article()) }));
    const { batchId } = await makeBatch(files);
    // the first run stops after two chunks of one item (as if the app stopped)
    let taken = 0;
    await processBatch(db, batchId, () => taken++ >= 2, { chunkSize: 1 });
    const half = await getBatchProgress(db, batchId);
    expect(half).toMatchObject({ status: 'running', stored: 2, pending: 4 });

    const worker = await startImportWorker({ connectionString: inject('databaseUrl'), db, pollingIntervalSeconds: 0.5 });
    try {
      await expect.poll(async () => (await getBatchProgress(db, batchId))?.status, { timeout: 20_000, interval: 250 }).toBe('done');
    } finally {
      await worker.stop();
    }
    expect(await getBatchProgress(db, batchId)).toMatchObject({ stored: 6, pending: 0, failed: 0 });
  });

  it('a failure mid-chunk (after the article rows are written) leaves no article and the whole chunk pending', async () => {
    const { batchId } = await makeBatch([
      { name: 'ok.txt', bytes: utf8(article()) },
      { name: 'crash.txt', bytes: utf8(article()) },
      { name: 'bad.txt', bytes: new Uint8Array(0) },
    ]);
    // the database refuses one item's final update, i.e. after the chunk's articles and claims were inserted
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_crash_item() RETURNS trigger AS $$
      BEGIN IF NEW.name = 'crash.txt' AND NEW.status = 'stored' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_crash_item BEFORE UPDATE ON import_items FOR EACH ROW EXECUTE FUNCTION test_crash_item()`);
    const articlesBefore = await db.article.count();
    const claimsBefore = await db.claim.count();
    try {
      await expect(processBatch(db, batchId)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER test_crash_item ON import_items');
    }
    expect(await db.article.count()).toBe(articlesBefore);
    expect(await db.claim.count()).toBe(claimsBefore);
    expect(await getBatchProgress(db, batchId)).toMatchObject({ status: 'running', pending: 3, stored: 0, failed: 0 });
    await processBatch(db, batchId);
    expect(await getBatchProgress(db, batchId)).toMatchObject({ status: 'done', pending: 0, stored: 2, failed: 1 });
  });

  it('a chunk reports duplicates inside it and against the database, and matches its new claims after commit', async () => {
    const text = article();
    const first = await makeBatch([{ name: 'first.txt', bytes: utf8(text) }]);
    await processBatch(db, first.batchId);
    const storedId = (await getBatchProgress(db, first.batchId))!.items![0].articleId;
    const twin = article();
    const { batchId } = await makeBatch([
      { name: 'again.txt', bytes: utf8(text) },
      { name: 'twin1.txt', bytes: utf8(twin) },
      { name: 'twin2.txt', bytes: utf8(`  ${twin}\n`) },
    ]);
    const chunks: number[] = [];
    await processBatch(db, batchId, undefined, { onChunk: (t) => chunks.push(t.items) });
    expect(chunks).toEqual([3]);
    const byName = new Map((await getBatchProgress(db, batchId))!.items!.map((i) => [i.name, i]));
    expect(byName.get('again.txt')).toMatchObject({ status: 'duplicate', articleId: storedId });
    expect(byName.get('twin1.txt')?.status).toBe('stored');
    expect(byName.get('twin2.txt')).toMatchObject({ status: 'duplicate', articleId: byName.get('twin1.txt')?.articleId });
    const twinId = byName.get('twin1.txt')!.articleId!;
    expect(await db.auditLog.count({ where: { entityType: 'article', action: 'import', entityId: String(twinId) } })).toBe(1);
    // same health-ministry figures question as the first article: the matcher ran on the chunk
    const claimIds = (await db.claim.findMany({ where: { articleId: twinId }, select: { id: true } })).map((c) => c.id);
    expect(claimIds.length).toBeGreaterThan(0);
    expect(await db.claimLink.count({ where: { OR: [{ claimAId: { in: claimIds } }, { claimBId: { in: claimIds } }] } })).toBeGreaterThan(0);
  });

  it('refuses a batch over the file limit and a batch that is not the caller’s', async () => {
    const user = await makeUser(db, 'editor');
    const other = await makeUser(db, 'editor');
    const batch = await createBatch(db, user.id);
    await expect(appendToBatch(db, batch.id, other.id, [{ name: 'x.txt', bytes: utf8(article()) }])).rejects.toMatchObject({ code: 'not_found' });
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `${i}.txt`, size: 10 }));
    await expect(appendToBatch(db, batch.id, user.id, [], many)).rejects.toMatchObject({ code: 'too_large' });
    expect(await db.importItem.count({ where: { batchId: batch.id } })).toBe(0);
    await expect(startBatch(db, batch.id, user.id)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

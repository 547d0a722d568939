// Fault: the app is killed (SIGKILL, no cleanup) in the middle of a bulk import of 1,000 articles.
// After the kill, every item marked stored has its whole article (as many claims as a fresh
// extraction of its file gives) and no article exists without its item; after a restart the
// import resumes on its own and ends with every file accounted for.
import { test, expect } from '@playwright/test';
import { readArticleFile } from '../../lib/articles/read-article-file';
import { prepareArticle } from '../../lib/articles/ingest-article';
import type { EmbeddedServer } from '../../lib/db/embedded-postgres';
import { App, PORT_A, dbClient, freshDatabase, generatedArticles, queueBulkImport, signedInApi, sleep, startPostgres } from './support';

let pgServer: EmbeddedServer;
test.beforeAll(async () => {
  pgServer = await startPostgres();
});
test.afterAll(async () => {
  await pgServer.stop();
});

test('SIGKILL during a bulk import of 1,000 articles: no half-stored article, and the import resumes after a restart', async () => {
  const url = await freshDatabase('claims_faults_kill');
  const db = dbClient(url);
  const app = new App(PORT_A, url);
  try {
    await app.start();
    const api = await signedInApi(app.base);
    const files = generatedArticles(1000, 'kill');
    const expectedClaims = new Map(
      files.map((f) => {
        const file = readArticleFile(Buffer.from(f.text), f.name);
        return [f.name, prepareArticle({ text: file.text, title: file.title, encoding: file.encoding, sourceName: f.name }).claims.length];
      }),
    );
    const batchId = await queueBulkImport(api, files);
    await api.dispose();

    // let the worker store some, then kill the app mid-way
    await expect.poll(() => db.importItem.count({ where: { batchId, status: 'stored' } }), { timeout: 180_000, intervals: [100] }).toBeGreaterThanOrEqual(30);
    await app.kill();
    const afterKill = await consistency(db, batchId, expectedClaims);
    test.info().annotations.push({ type: 'killed after', description: `${afterKill.stored} stored, ${afterKill.pending} pending` });
    expect(afterKill.pending, 'the kill came before the end of the import').toBeGreaterThan(0);
    expect(afterKill.stored + afterKill.pending).toBe(1000);

    // restart: the worker re-queues running batches and finishes the pending items
    await app.start();
    await expect
      .poll(async () => (await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 400_000, intervals: [1000] })
      .toBe('done');
    const end = await consistency(db, batchId, expectedClaims);
    expect(end.pending).toBe(0);
    expect(end.failed).toEqual([]);
    expect(end.stored).toBe(1000);
  } finally {
    await app.stop();
    await db.$disconnect();
  }
});

/** stored ⇔ article exists with all its claims; nothing of this batch is half written */
async function consistency(db: ReturnType<typeof dbClient>, batchId: number, expectedClaims: Map<string, number>) {
  const items = await db.importItem.findMany({ where: { batchId }, select: { name: true, status: true, articleId: true, error: true } });
  const articles = await db.article.findMany({
    where: { sourceName: { startsWith: 'kill-' } },
    select: { id: true, sourceName: true, _count: { select: { claims: true } } },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storedIds = new Set<number>();
  for (const item of items) {
    if (item.status === 'stored') {
      const a = byId.get(item.articleId!);
      expect(a, `${item.name}: stored but no article`).toBeDefined();
      expect(a!.sourceName).toBe(item.name);
      expect(a!._count.claims, `${item.name}: claims`).toBe(expectedClaims.get(item.name));
      storedIds.add(a!.id);
    } else {
      expect(item.articleId, `${item.name} (${item.status}) names an article`).toBeNull();
    }
  }
  // no article of this import without its item marked stored (no orphan, no double)
  expect(articles.map((a) => a.id).sort()).toEqual([...storedIds].sort());
  expect(new Set(articles.map((a) => a.sourceName)).size).toBe(articles.length);
  await sleep(0);
  return {
    stored: storedIds.size,
    pending: items.filter((i) => i.status === 'pending').length,
    failed: items.filter((i) => i.status === 'failed').map((i) => `${i.name}: ${i.error}`),
  };
}

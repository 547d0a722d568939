// Two app instances (A and B, different ports) on one PostgreSQL: sessions, the sign-in rate
// limit and the import queue live in the database, so they are shared; each instance caches its
// public pages, and a publication on one drops the other's through PostgreSQL LISTEN/NOTIFY.
import { test, expect, request as playwrightRequest } from '@playwright/test';
import PgBoss from 'pg-boss';
import type { EmbeddedServer } from '../../lib/db/embedded-postgres';
import { ingestArticle } from '../../lib/articles/ingest-article';
import { USERS, randomClientIp, signIn } from '../support/auth';
import { App, PORT_A, PORT_B, dbClient, freshDatabase, generatedArticles, queueBulkImport, signedInApi, startPostgres } from './support';

let pgServer: EmbeddedServer;
let url = '';
let db: ReturnType<typeof dbClient>;
const A = () => apps[0];
const B = () => apps[1];
let apps: App[] = [];

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(400_000);
  pgServer = await startPostgres();
  url = await freshDatabase('claims_faults_two');
  db = dbClient(url);
  apps = [new App(PORT_A, url), new App(PORT_B, url)];
  // A migrates and seeds the new database first; B then finds it ready
  await A().start();
  await B().start();
});
test.afterAll(async () => {
  for (const a of apps) await a.stop();
  await db?.$disconnect();
  await pgServer?.stop();
});

test('a session made on A works on B', async () => {
  const onA = await signedInApi(A().base, 'editor');
  const cookies = (await onA.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  expect(cookies).toContain('session_token=');
  const onB = await playwrightRequest.newContext({ baseURL: B().base, extraHTTPHeaders: { cookie: cookies, 'x-forwarded-for': randomClientIp() } });
  const session = await onB.get('/api/auth/get-session');
  expect(((await session.json()) as { user?: { email: string } } | null)?.user?.email).toBe(USERS.editor.email);
  const page = await onB.get('/ar/editor/articles', { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  await onA.dispose();
  await onB.dispose();
});

test('the sign-in rate limit is shared: 5 failures split over A and B, the 6th is 429 on either', async () => {
  const ip = randomClientIp();
  const client = async (base: string) => playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { 'x-forwarded-for': ip } });
  const [onA, onB] = [await client(A().base), await client(B().base)];
  const wrong = { data: { email: USERS.editor.email, password: 'not-the-password' } };
  for (const c of [onA, onB, onA, onB, onA]) expect((await c.post('/api/auth/sign-in/email', wrong)).status()).toBe(401);
  expect((await onB.post('/api/auth/sign-in/email', wrong)).status()).toBe(429);
  expect((await onA.post('/api/auth/sign-in/email', { data: USERS.editor })).status()).toBe(429);
  await onA.dispose();
  await onB.dispose();
});

test('a bulk import queued on A is processed exactly once across both workers', async () => {
  const api = await signedInApi(A().base, 'editor');
  const files = generatedArticles(200, 'two');
  const batchId = await queueBulkImport(api, files, 50);
  // a second job for the same batch, so both instances' workers can be on it at once
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  await boss.start();
  await boss.send('import-batch', { batchId });
  await boss.send('import-batch', { batchId });
  await expect.poll(async () => (await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 300_000, intervals: [1000] }).toBe('done');
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  const items = await db.importItem.findMany({ where: { batchId }, select: { status: true, articleId: true } });
  expect(items).toHaveLength(200);
  expect(items.every((i) => i.status === 'stored')).toBe(true);
  expect(new Set(items.map((i) => i.articleId)).size).toBe(200);
  expect(await db.article.count({ where: { sourceName: { startsWith: 'two-' } } })).toBe(200);
  // one import audit row per article: nobody processed a file twice
  const audits = await db.auditLog.count({ where: { entityType: 'article', action: 'import', entityId: { in: items.map((i) => String(i.articleId)) } } });
  expect(audits).toBe(200);
  await api.dispose();
});

test('a fact-check published through A shows at once on B, whose public pages were cached', async ({ browser, request }) => {
  const stored = await ingestArticle(db, { text: `قال المتحدث باسم الخارجية إن الوزير وصل إلى القاهرة في زيارته الثامنة للمنطقة منذ بداية الحرب.\n\n[${Date.now()}]`, outlet: 'منفذ اختبار', publishedAt: '2024-06-10' }, null);
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: stored.articleId }, orderBy: { start: 'asc' } });
  // B's home page, list and sitemap are cached before the publication
  const cachedPaths = ['/ar', '/ar/fact-checks', '/sitemap.xml'];
  for (const path of cachedPaths) {
    await request.get(`${B().base}${path}`);
    await expect.poll(async () => (await request.get(`${B().base}${path}`)).headers()['x-page-cache'], { timeout: 10_000 }).toBe('hit');
  }

  const as = async (who: 'editor' | 'reviewer') => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, who, 'ar', A().base);
    return page;
  };
  const editor = await as('editor');
  await editor.goto(`${A().base}/ar/editor/claims/${claim.id}?tab=review`);
  await editor.getByRole('button', { name: 'ابدأ المراجعة' }).click();
  await expect(editor.getByTestId('claim-status')).toHaveText('قيد المراجعة');
  await editor.getByLabel('الحكم', { exact: true }).selectOption('needs_context');
  await editor.getByLabel('التعليل').fill('الرقم صحيح لهذه الرحلة، لكن منافذ أخرى تعدّ رحلات مختلفة.');
  await editor.getByRole('button', { name: 'اقترح الحكم' }).click();
  await expect(editor.getByTestId('claim-status')).toHaveText('حكم مقترح');
  const reviewer = await as('reviewer');
  await reviewer.goto(`${A().base}/ar/editor/claims/${claim.id}?tab=review`);
  await reviewer.getByRole('button', { name: 'اعتمد الحكم' }).click();
  await expect(reviewer.getByTestId('claim-status')).toHaveText('معتمد');
  await editor.goto(`${A().base}/ar/editor/claims/${claim.id}?tab=review`);
  await editor.getByRole('button', { name: 'انشر التحقق' }).click();
  await expect(editor.getByTestId('claim-status')).toHaveText('منشور');
  const publishedAt = Date.now();
  const fc = await db.factCheck.findFirstOrThrow({ where: { claimId: claim.id }, select: { slug: true } });

  // B dropped its cached copies when A published: the new fact-check is on each of them (the
  // poll only covers NOTIFY's delivery, a few milliseconds)
  expect((await request.get(`${B().base}/ar/fact-checks/${fc.slug}`)).status()).toBe(200);
  for (const path of cachedPaths) {
    await expect.poll(async () => (await request.get(`${B().base}${path}`)).text(), { timeout: 10_000, intervals: [100] }).toContain(`/fact-checks/${fc.slug}`);
  }
  const lag = (Date.now() - publishedAt) / 1000;
  test.info().annotations.push({ type: 'B caught up after', description: `${lag.toFixed(1)} s` });
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${B().base}/ar`);
  await expect(visitor.locator(`a[href$="/fact-checks/${fc.slug}"]`).first()).toBeVisible();
});

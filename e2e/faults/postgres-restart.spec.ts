// Fault: PostgreSQL stops while the app serves, then comes back. During the gap requests fail
// fast and cleanly (an error status and page without a stack trace, within seconds, never a
// hang), and a reader sees the localized error page; afterwards they succeed again with the same
// app process (no restart).
import { test, expect } from '@playwright/test';
import type { EmbeddedServer } from '../../lib/db/embedded-postgres';
import { stackTraceIn } from '../hostile/corpus';
import { App, PORT_A, freshDatabase, signedInApi, startPostgres } from './support';

let pgServer: EmbeddedServer;
test.beforeAll(async () => {
  pgServer = await startPostgres();
});
test.afterAll(async () => {
  await pgServer.stop();
});

const PAGES = ['/ar/fact-checks', '/en/fact-checks?q=test', '/api/public/fact-checks', '/ar/editor/articles'];

test('PostgreSQL restarted under a running app: clean errors during the gap, service back without restarting the app', async ({ page }) => {
  const url = await freshDatabase('claims_faults_pg');
  const app = new App(PORT_A, url);
  try {
    await app.start();
    const api = await signedInApi(app.base);
    for (const p of PAGES) expect((await api.get(p, { maxRedirects: 0 })).status(), p).toBe(200);
    const pid = app.child!.pid;

    await pgServer.stop();
    const gap: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (const p of PAGES) {
        const t0 = Date.now();
        const res = await api.get(p, { maxRedirects: 0, timeout: 20_000 });
        const ms = Date.now() - t0;
        const body = await res.text();
        gap.push(`${p} ${res.status()} ${ms} ms`);
        expect(res.status(), `${p} during the gap`).toBeGreaterThanOrEqual(500);
        expect(ms, `${p} answered within seconds`).toBeLessThan(8000);
        expect(stackTraceIn(body), `${p}: stack trace`).toBeNull();
      }
    }
    // a reader sees the localized error page with a way to retry, in both languages
    for (const [path, title, retry] of [
      ['/ar/fact-checks?page=2', 'حدث خطأ', 'إعادة المحاولة'],
      ['/en/fact-checks?page=2', 'Something went wrong', 'Try again'],
    ] as const) {
      await page.goto(`${app.base}${path}`);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
      await expect(page.getByRole('button', { name: retry })).toBeVisible();
    }
    // the paste route answers with its JSON error, not a crash
    const paste = await api.post('/api/import/paste', { data: { text: 'قال الوزير إن 5 أشخاص حضروا.' } });
    expect(paste.status()).toBeGreaterThanOrEqual(500);
    expect(stackTraceIn(await paste.text())).toBeNull();
    test.info().annotations.push({ type: 'during the gap', description: gap.join('; ') });

    pgServer = await startPostgres();
    await expect.poll(async () => (await api.get('/api/public/fact-checks')).status(), { timeout: 30_000, intervals: [500] }).toBe(200);
    for (const p of PAGES) expect((await api.get(p, { maxRedirects: 0 })).status(), `${p} after the restart`).toBe(200);
    const again = await api.post('/api/import/paste', { data: { text: `قال الوزير إن ${Date.now()} شخصا حضروا اللقاء في 2024.` } });
    expect(again.status(), await again.text()).toBe(201);
    // the same app process served before, during and after
    expect(app.alive).toBe(true);
    expect(app.child!.pid).toBe(pid);
    await api.dispose();
  } finally {
    await app.stop();
  }
});

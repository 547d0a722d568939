// Hostile corpus × the import entry points: paste, file upload, URL import (a local server
// serving the hostile bodies, and hostile URLs themselves) and the folder import.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CORPUS, bytesOf, fileNameOf, textOf, type HostileCase } from './corpus';
import { counts, expectHandled, expectTranslatableImportError, importOutcome, record, signedInApi, watchForExecution } from './support';
import { signIn } from '../support/auth';
import { db } from '../support/db';

let api: APIRequestContext;
test.beforeAll(async () => {
  api = await signedInApi('editor');
});
test.afterAll(async () => {
  await api.dispose();
});

/** a stored or duplicate answer names an article that exists with all its claims written */
async function expectWholeArticles(body: string) {
  const json = JSON.parse(body) as { results: { status: string; articleId: number; claimCount: number | null }[] };
  for (const r of json.results) {
    expect(['stored', 'duplicate']).toContain(r.status);
    const article = await db().article.findUnique({ where: { id: r.articleId }, select: { id: true, _count: { select: { claims: true } } } });
    expect(article).not.toBeNull();
    if (r.status === 'stored' && r.claimCount !== null) expect(article!._count.claims).toBe(r.claimCount);
  }
  return json.results;
}

async function checkImportAnswer(entry: string, c: HostileCase, res: Awaited<ReturnType<APIRequestContext['post']>>, before: Awaited<ReturnType<typeof counts>>, variant = '') {
  const h = await expectHandled(res, before, { entry, c });
  if (h.status >= 400) expectTranslatableImportError(h.body);
  else await expectWholeArticles(h.body);
  record(entry + variant, c, importOutcome(h));
  return h;
}

test.describe('hostile input: paste (POST /api/import/paste)', () => {
  for (const c of CORPUS) {
    test(`paste ${c.id}: ${c.label}`, async () => {
      const before = await counts();
      // byte cases go in raw, inside the JSON string, so the server's JSON decoder meets them
      const res = c.bytes
        ? await api.post('/api/import/paste', {
            headers: { 'content-type': 'application/json' },
            data: Buffer.concat([Buffer.from('{"text":"'), Buffer.from(c.bytes), Buffer.from('"}')]),
          })
        : await api.post('/api/import/paste', { data: { text: c.text } });
      await checkImportAnswer('paste', c, res, before);
    });
  }

  test('paste: hostile title, outlet and date fields are refused or stored as text', async () => {
    for (const c of CORPUS.filter((x) => !x.large)) {
      const before = await counts();
      const res = await api.post('/api/import/paste', {
        data: { text: `قال المتحدث إن ${Math.random()} شخصا حضروا اللقاء في 2024.`, title: textOf(c), outlet: textOf(c), publishedAt: textOf(c) },
      });
      await checkImportAnswer('paste-fields', c, res, before);
    }
  });

  test('paste: markup in a stored article never runs in the reader', async ({ page }) => {
    await signIn(page, 'editor');
    for (const c of CORPUS.filter((x) => x.markup)) {
      const res = await api.post('/api/import/paste', { data: { text: `${c.text}\n\nقال الوزير إن ${Math.floor(Math.random() * 1e9)} دولار أنفقت. ${c.id}`, title: c.text } });
      expect(res.status(), c.id).toBeLessThan(500);
      const json = (await res.json()) as { results?: { articleId: number }[] };
      if (!json.results) continue;
      const check = await watchForExecution(page);
      await page.goto(`/ar/editor/articles/${json.results[0].articleId}`);
      await expect(page.locator('h1').first()).toBeVisible();
      await check();
      await page.goto('/ar/editor/articles');
      await check();
      page.removeAllListeners('dialog');
    }
  });
});

test.describe('hostile input: upload (POST /api/import/files)', () => {
  for (const c of CORPUS) {
    test(`upload ${c.id}: ${c.label}`, async () => {
      const before = await counts();
      const res = await api.post('/api/import/files', {
        multipart: { files: { name: fileNameOf(c), mimeType: 'text/plain', buffer: Buffer.from(bytesOf(c)) } },
      });
      const h = await checkImportAnswer('upload', c, res, before);
      if (h.status < 400) {
        // the stored source name is a label, never a path
        const json = JSON.parse(h.body) as { results: { articleId: number }[] };
        const a = await db().article.findUniqueOrThrow({ where: { id: json.results[0].articleId }, select: { sourceName: true } });
        expect(a.sourceName ?? '').not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
      }
    });
  }

  test('upload: hostile title, outlet and date fields', async () => {
    for (const c of CORPUS.filter((x) => !x.large)) {
      const before = await counts();
      const res = await api.post('/api/import/files', {
        multipart: {
          files: { name: 'ok.txt', mimeType: 'text/plain', buffer: Buffer.from(`قال المتحدث إن ${Math.random()} شخصا حضروا اللقاء في 2024.`) },
          title: textOf(c),
          outlet: textOf(c),
          publishedAt: textOf(c),
        },
      });
      await checkImportAnswer('upload-fields', c, res, before);
    }
  });

  test('upload: a body that is not multipart, and a multipart body cut short', async () => {
    const before = await counts();
    for (const [ct, data] of [
      ['multipart/form-data; boundary=xyz', Buffer.from('--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc')],
      ['text/plain', Buffer.from('hello')],
      ['multipart/form-data', Buffer.from('--\r\n')],
    ] as const) {
      const res = await api.post('/api/import/files', { headers: { 'content-type': ct }, data });
      expect(res.status()).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
    }
    expect(await counts()).toEqual(before);
  });
});

test.describe('hostile input: URL import (POST /api/import/url)', () => {
  let server: http.Server;
  let origin = '';
  test.beforeAll(async () => {
    server = http.createServer((req, res) => {
      let id = '';
      try {
        id = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(3));
      } catch {
        // percent garbage in the path: not one of ours
      }
      const c = CORPUS.find((x) => x.id === id);
      if (!c) {
        res.writeHead(404).end('no');
        return;
      }
      const type = c.id === 'windows-1256' ? 'text/html; charset=windows-1256' : c.id === 'binary' ? 'image/png' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type });
      res.end(Buffer.from(bytesOf(c)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  for (const c of CORPUS) {
    test(`url body ${c.id}: ${c.label}`, async () => {
      const before = await counts();
      const res = await api.post('/api/import/url', { data: { url: `${origin}/c/${encodeURIComponent(c.id)}` } });
      await checkImportAnswer('url-body', c, res, before);
    });
  }

  test('url: the hostile text as the URL itself, and in the path of a real URL', async () => {
    for (const c of CORPUS) {
      const before = await counts();
      const asUrl = await api.post('/api/import/url', { data: { url: textOf(c).slice(0, 3000) } });
      await checkImportAnswer('url-as-url', c, asUrl, before);
      const beforePath = await counts();
      const inPath = await api.post('/api/import/url', { data: { url: `${origin}/c/${textOf(c).slice(0, 1500)}` } });
      await checkImportAnswer('url-in-path', c, inPath, beforePath);
    }
  });
});

test.describe('hostile input: folder import (POST /api/import/batches)', () => {
  test('every case as one file of a folder import: each item ends stored, duplicate or failed with a translatable reason', async () => {
    test.setTimeout(240_000);
    const created = await api.post('/api/import/batches', { multipart: {} as Record<string, string> });
    expect(created.status(), await created.text()).toBe(201);
    const { batchId } = (await created.json()) as { batchId: number };
    // chunks under the request limit, as the page sends them
    const chunks: HostileCase[][] = [[]];
    let size = 0;
    for (const c of CORPUS) {
      const n = bytesOf(c).length;
      if (size + n > 20 * 1024 * 1024) {
        chunks.push([]);
        size = 0;
      }
      chunks.at(-1)!.push(c);
      size += n;
    }
    for (const chunk of chunks) {
      // several files under one key: FormData (Playwright's object form takes one value per key)
      const form = new FormData();
      form.set('batchId', String(batchId));
      for (const c of chunk) form.append('files', new Blob([bytesOf(c)], { type: 'text/plain' }), fileNameOf(c));
      const res = await api.post('/api/import/batches', { multipart: form });
      const h = await expectHandled(res, null, { entry: 'batch', c: chunk[0] });
      expect(h.status, h.body).toBe(200);
    }
    const started = await api.post('/api/import/batches', { multipart: { batchId: String(batchId), start: '1' } });
    expect(started.status(), await started.text()).toBe(202);
    await expect
      .poll(async () => (await db().importBatch.findUniqueOrThrow({ where: { id: batchId } })).status, { timeout: 200_000, intervals: [1000] })
      .toBe('done');
    const items = await db().importItem.findMany({ where: { batchId }, orderBy: { id: 'asc' }, select: { name: true, status: true, error: true, articleId: true } });
    expect(items).toHaveLength(CORPUS.length);
    const reasons = new Set(Object.keys((JSON.parse(readFileSync('lib/i18n/messages/en/import.json', 'utf8')) as { reason: object }).reason));
    for (const [i, item] of items.entries()) {
      const c = CORPUS[i];
      expect(['stored', 'duplicate', 'failed'], c.id).toContain(item.status);
      if (item.status === 'failed') expect(reasons.has(item.error ?? ''), `${c.id}: ${item.error}`).toBe(true);
      else expect(await db().article.count({ where: { id: item.articleId! } })).toBe(1);
      expect(item.name).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
      record('batch', c, item.status === 'failed' ? `failed ${item.error}` : item.status);
    }
  });
});

// Hostile corpus × search boxes, table and page URL parameters, path segments and export
// parameters: every answer is a page or a file (a correct result) or a clear 4xx, never a 500 or
// a stack trace, and markup in a parameter never runs.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { CORPUS, textOf, type HostileCase } from './corpus';
import { expectHandled, record, signedInApi, watchForExecution } from './support';
import { signIn, asClient } from '../support/auth';
import { makeArticle } from '../support/db';

/** the case as a query value: encoded, and (for percent garbage) also raw as typed in a URL bar */
function values(c: HostileCase): { variant: string; raw: string }[] {
  const t = textOf(c).slice(0, 20_000);
  const out = [{ variant: 'encoded', raw: encodeURIComponent(t.replace(/[\ud800-\udfff]/g, (s) => (s.length === 1 ? '\ufffd' : s))) }];
  if (/%|&|\[/.test(t) && !/\s/.test(t)) out.push({ variant: 'raw', raw: t });
  return out;
}

const PUBLIC_URLS: ((v: string) => string)[] = [
  (v) => `/ar/fact-checks?q=${v}`,
  (v) => `/en/fact-checks?q=${v}&verdict=${v}&outlet=${v}&page=${v}`,
  (v) => `/ar/fact-checks?page=${v}`,
  (v) => `/ar/fact-checks/${v}`,
  (v) => `/api/public/fact-checks?q=${v}&verdict=${v}&outlet=${v}&page=${v}`,
  (v) => `/api/public/fact-checks/${v}`,
  (v) => `/feeds/${v}`,
  (v) => `/ar/sign-in?next=${v}`,
];

const EDITOR_URLS: ((v: string, claimId: number) => string)[] = [
  (v) => `/ar/editor/claims?q=${v}`,
  (v) =>
    `/en/editor/claims?q=${v}&page=${v}&size=${v}&sort=${v}&dir=${v}&status=${v}&verdict=${v}&slot=${v}&outlet=${v}&article=${v}&assignee=${v}&conflict=${v}&from=${v}&to=${v}&hide=${v}`,
  (v) => `/ar/editor/claims?from=${v}&to=${v}&page=${v}&size=${v}`,
  (v, id) => `/ar/editor/claims/${id}?tab=${v}`,
  (v) => `/ar/editor/claims/${v}`,
  (v) => `/ar/editor/articles/${v}`,
  (v) => `/ar/editor/sets/${v}`,
  (v) => `/ar/editor/import?batch=${v}`,
  (v) => `/api/export/claims?format=${v}&include=${v}&status=${v}&verdict=${v}&outlet=${v}&q=${v}`,
  (v) => `/api/export/claims?format=csv&include=all&q=${v}`,
  (v) => `/api/export/claims?format=datafeed&status=${v}`,
  (v) => `/api/export/sets/${v}?format=${v}`,
  (v) => `/api/import/batches/${v}`,
];

let editor: APIRequestContext;
let claimId = 0;
test.beforeAll(async () => {
  editor = await signedInApi('editor');
  claimId = (await makeArticle('قال وزير المالية إن عجز الموازنة بلغ 12 مليار دولار في عام 2023.')).claims[0].id;
});
test.afterAll(async () => {
  await editor.dispose();
});

async function getAll(api: APIRequestContext, c: HostileCase, urls: string[], entry: string) {
  const statuses = new Set<number>();
  for (const url of urls) {
    const res = await api.get(url, { maxRedirects: 0 });
    const h = await expectHandled(res, null, { entry, c });
    statuses.add(h.status);
  }
  record(entry, c, [...statuses].sort().join('/'));
}

test.describe('hostile input: public search boxes and table parameters', () => {
  for (const c of CORPUS) {
    test(`public params ${c.id}: ${c.label}`, async ({ request }) => {
      const urls = values(c).flatMap(({ raw }) => PUBLIC_URLS.map((u) => u(raw)));
      await getAll(request, c, urls, 'public-params');
    });
  }
});

test.describe('hostile input: editor pages, claim tabs and export parameters', () => {
  for (const c of CORPUS) {
    test(`editor params ${c.id}: ${c.label}`, async () => {
      const urls = values(c).flatMap(({ raw }) => EDITOR_URLS.map((u) => u(raw, claimId)));
      await getAll(editor, c, urls, 'editor-params');
    });
  }

  test('the claims export never writes a formula cell, whatever the article said', async () => {
    const formulas = CORPUS.filter((c) => c.id.startsWith('csv-'));
    await makeArticle(formulas.map((c) => `${c.text} قال الوزير إن 40 شخصا حضروا اللقاء في 2024.`).join('\n'));
    const res = await editor.get('/api/export/claims?format=csv&include=all');
    expect(res.status()).toBe(200);
    const cells = (await res.text()).split(/\r\n/).flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+@\t\r]|^-[^0-9]/);
  });
});

test.describe('hostile input: markup in parameters never runs (browser)', () => {
  test('fact-check search, sign-in next and claim tab with markup values', async ({ page }) => {
    await signIn(page, 'editor');
    for (const c of CORPUS.filter((x) => x.markup)) {
      const check = await watchForExecution(page);
      for (const url of [`/ar/fact-checks?q=${encodeURIComponent(c.text!)}`, `/en/fact-checks?q=${encodeURIComponent(c.text!)}&verdict=${encodeURIComponent(c.text!)}`, `/ar/editor/claims/${claimId}?tab=${encodeURIComponent(c.text!)}`]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBeLessThan(500);
        await check();
      }
      // the search box shows the query back as text
      await page.goto(`/ar/fact-checks?q=${encodeURIComponent(c.text!)}`);
      await expect(page.locator('input[name=q]')).toHaveValue(c.text!.trim().slice(0, 200));
      await check();
      page.removeAllListeners('dialog');
    }
  });

  test('typing hostile text into the fact-check search box', async ({ page }) => {
    // one page load, typing and a search per corpus case: ~1 s each, more on a busy machine
    test.setTimeout(300_000);
    await asClient(page);
    const check = await watchForExecution(page);
    for (const c of CORPUS.filter((x) => !x.large && x.text !== undefined)) {
      await page.goto('/ar/fact-checks');
      await page.locator('input[name=q]').fill(c.text!);
      await page.locator('input[name=q]').press('Enter');
      await expect(page.locator('h1')).toBeVisible();
      // the box takes at most 200 characters (what the search uses), so no query outgrows a URL
      expect((await page.locator('input[name=q]').inputValue()).length).toBeLessThanOrEqual(200);
      await check();
    }
  });
});

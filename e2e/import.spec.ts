import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

// Each test writes its own articles: a unique figure makes each text (and its content hash) new.
let serial = 0;
function arabicArticle(topic = 'الحادث'): string {
  const n = `${Date.now() % 1_000_000}${serial++}`;
  return `قال المتحدث باسم وزارة الصحة إن ${n} شخصًا أصيبوا في ${topic} يوم الثلاثاء. وأضاف أن المستشفيات استقبلت ${serial * 13} جريحًا بحسب الحصيلة الأولية.\n\nوأكد الدفاع المدني أن فرق الإنقاذ ما زالت تعمل في الموقع.`;
}

// Signed in once for the file: better-auth rate-limits sign-ins, and the session cookie is all a test needs.
let session: Awaited<ReturnType<BrowserContext['storageState']>>;

async function signInAsEditor(page: Page) {
  await page.goto('/ar/sign-in');
  await page.fill('#email', 'editor@sadaa.example');
  await page.fill('#password', 'sadaa-editor-demo');
  await page.getByRole('button', { name: 'دخول', exact: true }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

async function articleCount(page: Page): Promise<number> {
  await page.goto('/ar/articles');
  return page.getByTestId('articles-table').locator('tbody tr').count();
}

test.describe('import (Arabic, editor)', () => {
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext();
    await signInAsEditor(await context.newPage());
    session = await context.storageState();
    await context.close();
  });

  test.beforeEach(async ({ page }) => {
    await page.context().addCookies(session.cookies);
    await page.goto('/ar/editor/import');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('استيراد المقالات');
  });

  test('a pasted article appears in the articles list with its claims; markup in plain text stays text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const title = `خبر ملصوق ${Date.now()}`;
    const text = `${arabicArticle()}\n\nوكتب أحدهم <img src=x onerror=alert(1)> في التعليقات.`;
    await page.fill('#paste-text', text);
    await page.fill('#paste-title', title);
    await page.fill('#paste-outlet', 'وكالة الاختبار');
    await page.getByRole('button', { name: 'استيراد النص' }).click();
    const results = page.getByTestId('paste-form').locator('..').getByTestId('import-results');
    await expect(results).toContainText('حُفظ');
    await expect(results).toContainText('ادعاء');

    await page.goto('/ar/articles');
    const row = page.getByTestId('articles-table').locator('tbody tr', { hasText: title });
    await expect(row).toContainText('وكالة الاختبار');
    await expect(row).not.toContainText('لا ادعاءات');
    await row.getByRole('link', { name: title }).click();
    const body = page.getByTestId('article-text');
    await expect(body).toContainText('<img src=x onerror=alert(1)>');
    await expect(body.locator('img')).toHaveCount(0);
    await expect(body).toHaveAttribute('dir', 'rtl');
    expect(dialogs).toBe(0);
  });

  test('an English article is accepted and shown left-to-right', async ({ page }) => {
    const title = `English report ${Date.now()}`;
    await page.fill('#paste-text', `The health ministry said ${Date.now()} people were injured on Tuesday. Officials added that 40 were still in hospital.`);
    await page.fill('#paste-title', title);
    await page.getByRole('button', { name: 'استيراد النص' }).click();
    await expect(page.getByTestId('import-results').first()).toContainText('حُفظ');
    await page.getByTestId('import-results').first().getByRole('link', { name: 'افتح المقال' }).click();
    await expect(page.getByTestId('article-text')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'ltr');
  });

  test('a windows-1256 file is stored with correct Arabic', async ({ page }) => {
    const text = arabicArticle('الانفجار');
    await page.setInputFiles('#files-input', { name: 'خبر-قديم.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'windows-1256') });
    await page.getByRole('button', { name: 'رفع واستيراد' }).click();
    const results = page.getByTestId('files-form').locator('..').getByTestId('import-results');
    await expect(results).toContainText('حُفظ');
    await results.getByRole('link', { name: 'افتح المقال' }).click();
    await expect(page.getByTestId('article-text')).toContainText(text.split('\n')[0]);
  });

  test('an HTML file is stored as clean text and no script runs', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const para = arabicArticle('الحريق');
    const html = `<!doctype html><html><head><title>صفحة</title><script>alert('head')</script><style>body{display:none}</style></head>
      <body><article><h1>حريق في المصنع</h1><p>${para.split('\n')[0]}</p><p>التفاصيل <a href="javascript:alert('link')">هنا</a><img src="x" onerror="alert('img')"></p><script>alert('body')</script></article></body></html>`;
    await page.setInputFiles('#files-input', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.getByRole('button', { name: 'رفع واستيراد' }).click();
    const results = page.getByTestId('files-form').locator('..').getByTestId('import-results');
    await expect(results).toContainText('حُفظ');
    await results.getByRole('link', { name: 'افتح المقال' }).click();
    const body = page.getByTestId('article-text');
    await expect(body).toContainText(para.split('\n')[0]);
    for (const bad of ['alert', 'display:none', 'javascript', 'onerror']) await expect(body).not.toContainText(bad);
    await expect(body.locator('img, script, a')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('an empty file and a binary file get a localized error and nothing is stored', async ({ page }) => {
    const before = await articleCount(page);
    await page.goto('/ar/editor/import');
    for (const [file, buffer, message] of [
      ['فارغ.txt', Buffer.alloc(0), 'الملف فارغ'],
      ['صورة.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'ملف ثنائي'],
    ] as const) {
      await page.setInputFiles('#files-input', { name: file, mimeType: 'text/plain', buffer });
      const response = page.waitForResponse('**/api/import/files');
      await page.getByRole('button', { name: 'رفع واستيراد' }).click();
      expect((await response).status()).toBe(422);
      const problems = page.getByTestId('files-form').locator('..').getByTestId('import-problems');
      await expect(problems).toContainText(message);
      await expect(problems).toContainText(file);
    }
    expect(await articleCount(page)).toBe(before);
  });

  test('an upload over the per-file limit is a 413 with a reason, never a 500', async ({ page }) => {
    const res = await page.request.post('/api/import/files', {
      multipart: { files: { name: 'كبير.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 'ا') } },
    });
    expect(res.status()).toBe(413);
    const body = (await res.json()) as { error: { details: { problems: { file: string; reason: string }[] } } };
    expect(body.error.details.problems).toEqual([{ file: 'كبير.txt', reason: 'too_large' }]);
    expect(JSON.stringify(body)).not.toContain('    at ');
  });

  test('a folder of 20 files: live progress to 100% and a report with duplicates and failures', async ({ page }) => {
    const existing = arabicArticle('الفيضان');
    await page.fill('#paste-text', existing);
    await page.getByRole('button', { name: 'استيراد النص' }).click();
    await expect(page.getByTestId('import-results').first()).toContainText('حُفظ');

    const files = Array.from({ length: 17 }, (_, i) => ({ name: `folder/خبر-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(arabicArticle()) }));
    files.push({ name: '../../etc/passwd.txt', mimeType: 'text/plain', buffer: Buffer.from(existing) });
    files.push({ name: 'folder/فارغ.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    files.push({ name: 'folder/ثنائي.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]) });
    await page.setInputFiles('#bulk-files', files);
    await expect(page.getByTestId('bulk-selected')).toContainText('20');
    await page.getByRole('button', { name: 'بدء الاستيراد' }).click();

    const bar = page.locator('#bulk-bar');
    await expect(bar).toBeVisible();
    await expect(page.getByTestId('bulk-progress-text')).toContainText('انتهى الاستيراد', { timeout: 30_000 });
    await expect(bar).toHaveAttribute('value', '20');
    await expect(bar).toHaveAttribute('max', '20');
    await expect(page).toHaveURL(/\?batch=\d+$/);

    const report = page.getByTestId('bulk-report');
    await expect(report).toContainText('حُفظ 17 مقالًا');
    await expect(report).toContainText('مقال واحد موجود سابقًا');
    await expect(report).toContainText('أخفق ملفان');
    const dup = report.locator('tr[data-status="duplicate"]');
    await expect(dup).toContainText('../../etc/passwd.txt');
    await expect(dup.getByRole('link')).toHaveAttribute('href', /\/ar\/articles\/\d+$/);
    await expect(report.locator('tr[data-status="failed"]', { hasText: 'فارغ.txt' })).toContainText('الملف فارغ');
    await expect(report.locator('tr[data-status="failed"]', { hasText: 'ثنائي.txt' })).toContainText('ملف ثنائي');

    // the address keeps the report: reloading shows it again
    await page.reload();
    await expect(page.getByTestId('bulk-report')).toContainText('حُفظ 17 مقالًا');
  });

  test('a duplicate paste is reported with a link to the existing article', async ({ page }) => {
    const text = arabicArticle('العاصفة');
    for (const expected of ['حُفظ', 'موجود سابقًا']) {
      await page.fill('#paste-text', text);
      await page.getByRole('button', { name: 'استيراد النص' }).click();
      await expect(page.getByTestId('import-results').first()).toContainText(expected);
    }
    await page.getByTestId('import-results').first().getByRole('link', { name: 'افتح المقال' }).click();
    await expect(page.getByTestId('article-text')).toContainText('العاصفة');
  });

  test('a URL from a local server is fetched and stored; a 404 gets a localized error', async ({ page }) => {
    const para = arabicArticle('الزلزال').split('\n')[0];
    const server = http.createServer((req, res) => {
      if (req.url === '/news/1') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
        res.end(iconv.encode(`<html><head><title>زلزال</title></head><body><article><h1>زلزال يضرب المنطقة</h1><p>${para}</p></article></body></html>`, 'windows-1256'));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await page.fill('#url-input', `${base}/news/1`);
      await page.getByRole('button', { name: 'جلب واستيراد' }).click();
      const results = page.getByTestId('url-form').locator('..').getByTestId('import-results');
      await expect(results).toContainText('حُفظ');
      const href = await results.getByRole('link', { name: 'افتح المقال' }).getAttribute('href');
      await page.fill('#url-input', `${base}/gone`);
      await page.getByRole('button', { name: 'جلب واستيراد' }).click();
      await expect(page.getByTestId('url-form').locator('..').getByTestId('import-problems')).toContainText('ردّ الموقع بالخطأ 404');
      await page.goto(href!);
      await expect(page.getByTestId('article-text')).toContainText(para);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('no axe violations on the import page (Arabic and English)', async ({ page }) => {
    for (const url of ['/ar/editor/import', '/en/editor/import']) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
  });
});

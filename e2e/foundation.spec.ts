import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe('foundation', () => {
  test('Arabic home is right-to-left, English is left-to-right', async ({ page }) => {
    await page.goto('/ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('صدى');
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sadaa');
  });

  test('the bare root goes to Arabic, whatever the browser language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar$/);
  });

  test('the locale switcher keeps the page', async ({ page }) => {
    await page.goto('/ar/articles');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/articles$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  });

  test('the articles list shows the five seeded articles with outlet and claim count', async ({ page }) => {
    await page.goto('/ar/articles');
    const rows = page.getByTestId('articles-table').locator('tbody tr');
    await expect(rows).toHaveCount(5);
    for (const outlet of ['الحرة', 'معا', 'السومرية نيوز', 'صدى البلد']) {
      await expect(page.getByTestId('articles-table')).toContainText(outlet);
    }
    await expect(page.getByTestId('articles-table')).toContainText('10 يونيو 2024');
    // every seed article has claims, counted in Arabic plural forms (ادعاء/ادعاءات), never "0"
    await expect(rows.filter({ hasText: 'لا ادعاءات' })).toHaveCount(0);
  });

  test('an article page shows its text in its own language and direction', async ({ page }) => {
    await page.goto('/en/articles');
    await page.getByRole('link', { name: 'الرئيس المصري وبلينكن يتفقان على تعزيز جهود التوصل لهدنة بغزة' }).click();
    const text = page.getByTestId('article-text');
    await expect(text).toHaveAttribute('lang', 'ar');
    await expect(text).toHaveAttribute('dir', 'rtl');
    await expect(text).toContainText('اتفق الرئيس المصري عبد الفتاح السيسي');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('unknown pages and bad ids get the localized 404', async ({ page }) => {
    for (const [url, title] of [
      ['/ar/articles/999999', 'الصفحة غير موجودة'],
      ['/ar/articles/abc', 'الصفحة غير موجودة'],
      ['/en/no-such-page', 'Page not found'],
    ] as const) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    }
  });

  for (const url of ['/ar', '/en', '/ar/articles', '/en/articles']) {
    test(`no axe violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }

  test('no axe violations on an article page', async ({ page }) => {
    await page.goto('/ar/articles');
    await page.getByTestId('articles-table').locator('tbody tr a').first().click();
    await expect(page.getByTestId('article-text')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

test.describe('content security policy', () => {
  test('pages carry a nonce CSP and run their scripts without a single violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text().slice(0, 200));
    });
    const list = (await (await page.request.get('/api/public/fact-checks')).json()) as { items: { slug: string }[] };
    expect(list.items.length).toBeGreaterThan(0);
    const factCheck = `/ar/fact-checks/${list.items[0].slug}`;
    const seen = new Map<string, string>();
    // the fact-check page twice: the second answer comes from the page cache, with a new nonce
    for (const url of ['/ar', '/en/articles', '/ar/fact-checks', factCheck, `/en/fact-checks/${list.items[0].slug}`, '/ar/sign-in', factCheck]) {
      const res = await page.goto(url);
      const csp = res?.headers()['content-security-policy'] ?? '';
      expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp, url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(res?.headers()['x-content-type-options'], url).toBe('nosniff');
      // every script the page loads carries this response's nonce (a cached page would not)
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      const nonces = await page.evaluate(() => [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((el) => (el as HTMLScriptElement).nonce));
      expect(nonces.length, url).toBeGreaterThan(0);
      expect(new Set(nonces), url).toEqual(new Set([nonce]));
      if (seen.has(url)) {
        expect(res?.headers()['x-page-cache'], url).toBe('hit');
        expect(nonce, url).not.toBe(seen.get(url));
      }
      seen.set(url, nonce);
    }
    expect(seen.size).toBe(6);
    expect(violations).toEqual([]);
  });

  test('the session cookie is HttpOnly and SameSite=Lax', async ({ page }) => {
    await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': '10.77.0.1' });
    await page.goto('/ar/sign-in');
    await page.locator('#email').fill('editor@sadaa.example');
    await page.locator('#password').fill('sadaa-editor-demo');
    await page.locator('form button[type=submit]').click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
  });
});

import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { randomUUID } from 'node:crypto';

// The seeded fact-check (prisma/seed-fact-check.ts), published through the review path.
const TITLE_AR = 'هل زار بلينكن المنطقة عشر مرات أم ثماني أم ستًا منذ بدء حرب غزة؟';
const TITLE_EN = 'Blinken’s tenth, eighth or sixth visit to the region since the Gaza war began?';
const OUTLETS = ['الحرة', 'معا', 'السومرية نيوز', 'صدى البلد'];
const PASSAGES = ['الزيارة العاشرة لبلينكن', 'هي الثامنة له بالمنطقة', 'في زيارته السادسة', 'الزيارة الثامنة التي يقوم بها', 'جولة بلينكن الثامنة'];

// The e2e app's own embedded database (playwright.config.ts: claims_e2e), for making a draft.
const dbUrl = `postgresql://postgres:claims-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/claims_e2e`;

async function withDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function seededSlug(page: Page): Promise<string> {
  const res = await page.request.get('/api/public/fact-checks');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: { slug: string; title: { ar: string } }[] };
  const item = body.items.find((i) => i.title.ar === TITLE_AR);
  expect(item, 'the seeded fact-check is in the public API').toBeTruthy();
  return item!.slug;
}

type JsonLd = Record<string, unknown> & { '@type'?: string };

for (const locale of ['ar', 'en'] as const) {
  test.describe(`public fact-check pages (${locale})`, () => {
    test('the seeded fact-check shows the verdict, every outlet’s passage and one valid ClaimReview', async ({ page }) => {
      const slug = await seededSlug(page);
      const res = await page.goto(`/${locale}/fact-checks/${slug}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ar' ? TITLE_AR : TITLE_EN);
      await expect(page.getByTestId('verdict-badge').first()).toHaveText(locale === 'ar' ? 'يحتاج إلى سياق' : 'Needs context');
      const cards = page.getByTestId('outlet-claim');
      // five outlets: the matcher links 003 («الزيارة الثامنة التي يقوم بها كبير الدبلوماسيين»,
      // no outlet named) to the same question, as a suggestion
      await expect(cards).toHaveCount(5);
      for (const outlet of OUTLETS) await expect(page.getByTestId('outlet-claims')).toContainText(outlet);
      for (const passage of PASSAGES) await expect(page.getByTestId('outlet-claims')).toContainText(passage);
      await expect(page.getByTestId('passage').first()).toHaveAttribute('lang', 'ar');
      await expect(page.getByTestId('passage').first()).toHaveAttribute('dir', 'rtl');
      await expect(page.getByTestId('values-table')).toContainText('العاشرة');
      await expect(page.getByTestId('timeline-list')).toContainText(locale === 'ar' ? '10 يونيو 2024' : '10 June 2024');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/fact-checks/${slug}$`));
      await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', locale === 'ar' ? TITLE_AR : TITLE_EN);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      const docs = scripts.map((s) => JSON.parse(s) as JsonLd);
      const reviews = docs.filter((d) => d['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      const review = reviews[0] as {
        '@context': string;
        url: string;
        inLanguage: string;
        claimReviewed: string;
        datePublished: string;
        author: { '@type': string; name: string; url: string };
        reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
        itemReviewed: {
          '@type': string;
          author: { '@type': string; name: string };
          appearance: { '@type': string; url: string; publisher?: { name: string }; datePublished?: string }[];
          firstAppearance: { '@type': string; url: string };
        };
      };
      expect(review['@context']).toBe('https://schema.org');
      expect(review.url).toMatch(new RegExp(`^https?://[^/]+/${locale}/fact-checks/${slug}$`));
      expect(review.inLanguage).toBe(locale);
      expect(review.claimReviewed).toContain('الزيارة العاشرة لبلينكن');
      expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
      expect(review.author).toMatchObject({ '@type': 'Organization' });
      expect(review.author.name.length).toBeGreaterThan(0);
      expect(review.author.url).toMatch(/^https?:\/\//);
      expect(review.reviewRating).toEqual({
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
        alternateName: locale === 'ar' ? 'يحتاج إلى سياق' : 'Needs context',
      });
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'الحرة' });
      expect(review.itemReviewed.appearance).toHaveLength(5);
      for (const a of review.itemReviewed.appearance) {
        expect(a['@type']).toBe('CreativeWork');
        expect(a.url).toMatch(/^https?:\/\//);
      }
      expect(review.itemReviewed.appearance.map((a) => a.publisher?.name).sort()).toEqual([...OUTLETS].sort());
      expect(review.itemReviewed.appearance.find((a) => a.publisher?.name === 'معا')?.datePublished).toBe('2024-06-10');
      expect(review.itemReviewed.firstAppearance).toEqual(review.itemReviewed.appearance[0]);
    });

    test(`metadata is in <head> of the served HTML, for browsers and link-preview crawlers (${locale})`, async ({ page }) => {
      const slug = await seededSlug(page);
      for (const userAgent of ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36', 'Twitterbot/1.0']) {
        for (const url of [`/${locale}`, `/${locale}/fact-checks`, `/${locale}/fact-checks/${slug}`]) {
          const res = await page.request.get(url, { headers: { 'user-agent': userAgent } });
          expect(res.status()).toBe(200);
          const html = await res.text();
          const head = html.slice(0, html.indexOf('</head>'));
          expect(head, `${url} as ${userAgent}`).toMatch(/<meta name="description" content="[^"]+"/);
          expect(head, `${url} as ${userAgent}`).toMatch(/<meta property="og:title" content="[^"]+"/);
          expect(head, `${url} as ${userAgent}`).toMatch(/<link rel="canonical" href="[^"]+"/);
          expect(head, `${url} as ${userAgent}`).toMatch(/<link rel="alternate" hrefLang="en"/);
        }
      }
    });

    test(`no axe violations on the home, list and fact-check pages (${locale})`, async ({ page }) => {
      const slug = await seededSlug(page);
      for (const url of [`/${locale}`, `/${locale}/fact-checks`, `/${locale}/fact-checks/${slug}`]) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.length}`)).toEqual([]);
      }
    });

    test(`the list search finds the seeded item with and without hamza and diacritics (${locale})`, async ({ page }) => {
      for (const q of ['إسرائيل', 'اسرائيل', 'إِسْرَائِيل', 'الأعداد', 'الاعداد', 'بلينكن']) {
        await page.goto(`/${locale}/fact-checks?q=${encodeURIComponent(q)}`);
        await expect(page.getByTestId('fact-check-list'), q).toContainText(locale === 'ar' ? TITLE_AR : TITLE_EN);
      }
      await page.goto(`/${locale}/fact-checks?q=${encodeURIComponent('كلمةلاتوجدأبدا')}`);
      await expect(page.getByTestId('fact-check-list')).toHaveCount(0);
      // bad parameters fall back, never a 500
      const res = await page.goto(`/${locale}/fact-checks?page=-3&verdict=nope&outlet=abc`);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId('fact-check-list')).toContainText(locale === 'ar' ? TITLE_AR : TITLE_EN);
      await page.goto(`/${locale}/fact-checks?verdict=false`);
      await expect(page.getByTestId('fact-check-list')).toHaveCount(0);
    });
  });
}

test.describe('only published content is public', () => {
  test('a draft’s slug is 404 and the draft is in no page, feed, sitemap or API', async ({ page }) => {
    const token = randomUUID().slice(0, 8);
    const slug = `e2e-draft-${token}`;
    const title = `مسودة سرية ${token}`;
    const draftId = await withDb(async (c) => {
      const { rows } = await c.query<{ id: number }>(
        `SELECT c.id FROM claims c LEFT JOIN fact_checks f ON f.claim_id = c.id WHERE f.id IS NULL ORDER BY c.id LIMIT 1`,
      );
      const ins = await c.query<{ id: number }>(
        `INSERT INTO fact_checks (claim_id, slug, verdict, title_ar, summary_ar, body_ar, published_at, updated_at)
         VALUES ($1, $2, 'false', $3, 'ملخص مسودة', 'نص مسودة', NULL, now()) RETURNING id`,
        [rows[0].id, slug, title],
      );
      return ins.rows[0].id;
    });
    try {
      for (const locale of ['ar', 'en']) {
        const res = await page.goto(`/${locale}/fact-checks/${slug}`);
        expect(res?.status()).toBe(404);
        await expect(page.locator('body')).not.toContainText(title);
        await page.goto(`/${locale}/fact-checks?q=${encodeURIComponent(title)}`);
        await expect(page.getByTestId('fact-check-list')).toHaveCount(0);
        const feed = await page.request.get(`/feeds/${locale}.xml`);
        expect(feed.status()).toBe(200);
        const xml = await feed.text();
        expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
        expect(xml).toContain(locale === 'ar' ? TITLE_AR : TITLE_EN);
        expect(xml).not.toContain(slug);
        expect(xml).not.toContain(title);
      }
      const sitemap = await (await page.request.get('/sitemap.xml')).text();
      expect(sitemap).toContain('/ar/fact-checks/');
      expect(sitemap).not.toContain(slug);
      const api = await page.request.get(`/api/public/fact-checks/${slug}`);
      expect(api.status()).toBe(404);
      const list = await (await page.request.get('/api/public/fact-checks')).text();
      expect(list).not.toContain(slug);
      const home = await page.goto('/ar');
      expect(home?.status()).toBe(200);
      await expect(page.locator('body')).not.toContainText(title);
    } finally {
      await withDb((c) => c.query('DELETE FROM fact_checks WHERE id = $1', [draftId]));
    }
  });

  test('robots.txt exists and points at the sitemap', async ({ request }) => {
    const res = await request.get('/robots.txt');
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toContain('Sitemap:');
    expect(text).toContain('Disallow: /api/');
  });
});

test.describe('exports', () => {
  test('an anonymous export is refused', async ({ request }) => {
    for (const url of ['/api/export/claims?format=csv', '/api/export/sets/1?format=json']) {
      const res = await request.get(url);
      expect([401, 403], url).toContain(res.status());
    }
  });

  test('a signed-in editor exports reviewed claims as CSV with a BOM, and include=all is marked', async ({ page }) => {
    await page.goto('/ar/sign-in');
    await page.fill('#email', 'editor@sadaa.example');
    await page.fill('#password', 'sadaa-editor-demo');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/ar\/editor/);
    const csv = await page.request.get('/api/export/claims?format=csv');
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('reviewed-only');
    expect(text).toContain('الزيارة العاشرة لبلينكن');
    expect(text).not.toContain('includes-unreviewed');
    const all = await (await page.request.get('/api/export/claims?format=json&include=all')).json();
    expect(all.includesUnreviewed).toBe(true);
    expect(all.claims.length).toBeGreaterThan(1);
  });
});

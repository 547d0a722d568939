import type { MetadataRoute } from 'next';
import { latestPublishedFactChecks } from '@/lib/fact-checks/public-queries';
import { factCheckUrl, siteUrl } from '@/lib/fact-checks/site';

// Read at request time (the build has no database); the page cache in front keeps the answer.
export const dynamic = 'force-dynamic';

const MAX_FACT_CHECKS = 10_000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const both = (path: string) => ({ ar: `${base}/ar${path}`, en: `${base}/en${path}` });
  const items = await latestPublishedFactChecks(MAX_FACT_CHECKS);
  const pages: MetadataRoute.Sitemap = ['', '/fact-checks', '/articles'].flatMap((path) =>
    (['ar', 'en'] as const).map((locale) => ({ url: `${base}/${locale}${path}`, alternates: { languages: both(path) } })),
  );
  const checks: MetadataRoute.Sitemap = items.flatMap((i) =>
    (['ar', 'en'] as const).map((locale) => ({
      url: factCheckUrl(locale, i.slug),
      lastModified: i.updatedAt,
      alternates: { languages: { ar: factCheckUrl('ar', i.slug), en: factCheckUrl('en', i.slug) } },
    })),
  );
  return [...pages, ...checks];
}

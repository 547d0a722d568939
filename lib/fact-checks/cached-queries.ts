import 'server-only';
import { unstable_cache } from 'next/cache';
import { latestPublishedFactChecks, type PublicFactCheckSummary } from './public-queries';

/** Tag of every cached public fact-check read; revalidate-public.ts expires it on publish/correct. */
export const PUBLIC_FACT_CHECKS_TAG = 'public-fact-checks';

const latest = unstable_cache((take: number) => latestPublishedFactChecks(take), ['latest-published-fact-checks'], {
  revalidate: 60,
  tags: [PUBLIC_FACT_CHECKS_TAG],
});

/** The newest published fact-checks, cached for a minute (home page, feeds, sitemap). */
export async function cachedLatestFactChecks(take: number): Promise<PublicFactCheckSummary[]> {
  // the data cache stores JSON: dates come back as strings
  return (await latest(take)).map((r) => ({
    ...r,
    publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
    updatedAt: new Date(r.updatedAt),
  }));
}

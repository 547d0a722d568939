import 'server-only';
import { unstable_cache } from 'next/cache';
import { latestPublishedFactChecks, type PublicFactCheckSummary } from './public-queries';

/** Tag of every cached public fact-check read; revalidate-public.ts expires it on publish/correct. */
export const PUBLIC_FACT_CHECKS_TAG = 'public-fact-checks';

/**
 * How stale another instance's cached list may get (publishing expires it at once on the instance
 * that published). PUBLIC_REVALIDATE_SECONDS sets it (default 60; the multi-instance test uses 5).
 */
export const PUBLIC_REVALIDATE_SECONDS = Math.max(1, Math.min(3600, Math.trunc(Number(process.env.PUBLIC_REVALIDATE_SECONDS)) || 60));

const latest = unstable_cache((take: number) => latestPublishedFactChecks(take), ['latest-published-fact-checks'], {
  revalidate: PUBLIC_REVALIDATE_SECONDS,
  tags: [PUBLIC_FACT_CHECKS_TAG],
});

/** The newest published fact-checks, cached for PUBLIC_REVALIDATE_SECONDS (home page, feeds, sitemap). */
export async function cachedLatestFactChecks(take: number): Promise<PublicFactCheckSummary[]> {
  // the data cache stores JSON: dates come back as strings
  return (await latest(take)).map((r) => ({
    ...r,
    publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
    updatedAt: new Date(r.updatedAt),
  }));
}

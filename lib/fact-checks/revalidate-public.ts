import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { routing } from '@/lib/i18n/routing';
import { PUBLIC_FACT_CHECKS_TAG } from './cached-queries';

/**
 * Drops this instance's cached public pages after a fact-check is published or corrected: the
 * fact-check's own page (ISR), the lists, the feeds and the sitemap (cached data), in every
 * locale. Other instances keep theirs until their time-based revalidation (60 s, ARCHITECTURE.md).
 */
export function revalidatePublicFactChecks(slug?: string): void {
  revalidateTag(PUBLIC_FACT_CHECKS_TAG, { expire: 0 });
  for (const locale of routing.locales) {
    if (slug) revalidatePath(`/${locale}/fact-checks/${slug}`);
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/fact-checks`);
  }
}

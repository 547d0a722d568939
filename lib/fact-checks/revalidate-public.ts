import 'server-only';
import { revalidatePath } from 'next/cache';
import { routing } from '@/lib/i18n/routing';

/**
 * Drops this instance's cached public pages after a fact-check is published or corrected: the
 * fact-check's own page, the lists, the feeds and the sitemap, in every locale. Other instances
 * keep theirs until their time-based revalidation (PUBLIC_REVALIDATE_SECONDS, ARCHITECTURE.md).
 */
export function revalidatePublicFactChecks(slug?: string): void {
  for (const locale of routing.locales) {
    if (slug) revalidatePath(`/${locale}/fact-checks/${slug}`);
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/fact-checks`);
    revalidatePath(`/feeds/${locale}.xml`);
  }
  revalidatePath('/sitemap.xml');
}

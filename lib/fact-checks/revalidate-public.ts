import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { invalidateInProcess, PUBLIC_PAGES_CHANNEL } from '@/lib/page-cache/notify';

/**
 * After a fact-check is published or corrected: every cached public page is dropped, in this
 * process at once and in every other app instance through PostgreSQL NOTIFY (lib/page-cache).
 * The pages themselves render per request, so the next reader gets the new version.
 */
export async function revalidatePublicFactChecks(slug?: string): Promise<void> {
  invalidateInProcess();
  try {
    await prisma.$executeRaw`SELECT pg_notify(${PUBLIC_PAGES_CHANNEL}, ${slug ?? ''})`;
  } catch (e) {
    // the change is committed; other instances drop their copies at the latest when they expire
    console.error('[page-cache] could not notify other instances:', e);
  }
}

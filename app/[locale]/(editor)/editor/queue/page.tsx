import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link, redirect } from '@/lib/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { findQueue } from '@/lib/claims/find-queue';
import { QueueList } from './queue-list';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('queue');
  return { title: t('title') };
}

export default async function QueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  const t = await getTranslations('queue');
  const items = await findQueue(user);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p data-testid="queue-count">{t('count', { count: items.length })}</p>
      {items.length === 0 ? (
        <div className="empty" data-testid="queue-empty">
          <p>{t('empty')}</p>
          <p>{user.role === 'reviewer' ? t('emptyReviewer') : t('emptyEditor')}</p>
          <Link href="/editor/claims">{t('toTable')}</Link>
        </div>
      ) : (
        <QueueList items={items} />
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { AcceptInviteForm } from './accept-invite-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('acceptTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function InvitePage({ params }: { params: Promise<{ locale: string; userId: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('users');
  const { userId } = await params;
  return (
    <>
      <h1>{t('acceptTitle')}</h1>
      <p className="muted">{t('acceptIntro')}</p>
      <AcceptInviteForm userId={userId.slice(0, 64)} />
    </>
  );
}

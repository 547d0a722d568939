import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { redirect } from '@/lib/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/validation/next-path';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('signInTitle'), robots: { index: false } };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const locale = await pageLocale(params);
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect({ href: next, locale });
  const t = await getTranslations('auth');
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      <p className="muted">{t('signInIntro')}</p>
      <SignInForm next={next} />
    </>
  );
}

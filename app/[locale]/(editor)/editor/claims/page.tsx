import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { redirect } from '@/lib/i18n/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { parseClaimsTableParams, serializeClaimsTableParams } from '@/lib/claims/table-params';
import { findClaimsTableOptions } from '@/lib/claims/find-claims-page';
import { ClaimsFilters } from './claims-filters';
import { ClaimsResults } from './claims-results';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('claimsTable');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClaimsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  const t = await getTranslations('claimsTable');
  // never throws: a hostile or stale URL falls back to defaults field by field
  const state = parseClaimsTableParams(await searchParams);
  const options = await findClaimsTableOptions();
  return (
    <>
      <h1>{t('title')}</h1>
      <ClaimsFilters params={state} options={options} />
      <Suspense key={serializeClaimsTableParams(state)} fallback={<p className="muted" role="status">{t('loading')}</p>}>
        <ClaimsResults params={state} user={user} options={options} />
      </Suspense>
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { SiteHeader } from '@/components/layout/site-header';

export default async function LocaleNotFound() {
  const t = await getTranslations('errors');
  return (
    <>
      <SiteHeader />
      <main id="main" className="page narrow">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <p>
          <Link href="/">{t('goHome')}</Link>
        </p>
      </main>
    </>
  );
}

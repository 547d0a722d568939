import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/lib/i18n/locale-link';
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
          <LocaleLink href="/">{t('goHome')}</LocaleLink>
        </p>
      </main>
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { countCorpus } from '@/lib/articles/queries';

export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('home');
  const counts = await countCorpus();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p data-testid="corpus-stats">{t('stats', counts)}</p>
      <p>
        <Link href="/articles" className="button">
          {t('browseArticles')}
        </Link>
      </p>
    </>
  );
}

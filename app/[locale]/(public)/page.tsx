import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { latestPublishedFactChecks } from '@/lib/fact-checks/public-queries';
import { FactCheckCard } from '@/components/fact-checks/fact-check-card';
import cardStyles from '@/components/fact-checks/fact-check-card.module.css';
import { publicPageMetadata } from '@/lib/fact-checks/page-metadata';
import styles from './home.module.css';

// Rendered per request by Next.js; anonymous readers get it from the app's page cache
// (lib/page-cache: a minute at most, and publishing expires it at once).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'ar', namespace: 'home' });
  return publicPageMetadata(locale, '', { description: t('intro'), feed: true });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('home');
  const tf = await getTranslations('factChecks');
  const latest = await latestPublishedFactChecks(6);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="latest-heading" className={styles.section}>
        <h2 id="latest-heading">{tf('latestTitle')}</h2>
        {latest.length === 0 ? (
          <p className="empty">{tf('empty')}</p>
        ) : (
          <ul className={cardStyles.grid} data-testid="latest-fact-checks">
            {latest.map((item) => (
              <li key={item.id}>
                <FactCheckCard item={item} locale={locale} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className={styles.actions}>
        <LocaleLink href="/fact-checks" className="button">
          {tf('allFactChecks')}
        </LocaleLink>
        <LocaleLink href="/articles" className="button secondary">
          {t('browseArticles')}
        </LocaleLink>
      </p>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { findPublishedFactChecks, listOutlets } from '@/lib/fact-checks/public-queries';
import { parseListParams, listQueryString } from '@/lib/fact-checks/list-params';
import { publicPageMetadata } from '@/lib/fact-checks/page-metadata';
import { VERDICTS, verdictLabel } from '@/lib/review/verdicts';
import { FactCheckCard } from '@/components/fact-checks/fact-check-card';
import cardStyles from '@/components/fact-checks/fact-check-card.module.css';
import styles from './list.module.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'ar', namespace: 'factChecks' });
  return publicPageMetadata(locale, '/fact-checks', { title: t('title'), description: t('intro'), feed: true });
}

export default async function FactChecksPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('factChecks');
  const query = parseListParams(await searchParams);
  const [result, outlets] = await Promise.all([findPublishedFactChecks(query), listOutlets()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form method="get" role="search" className={styles.filters} aria-label={t('searchLabel')}>
        <div className={styles.field}>
          <label htmlFor="fc-q">{t('searchLabel')}</label>
          <input id="fc-q" name="q" type="search" className="input" defaultValue={query.q} maxLength={200} dir="auto" />
        </div>
        <div className={styles.field}>
          <label htmlFor="fc-verdict">{t('verdictFilter')}</label>
          <select id="fc-verdict" name="verdict" className="input" defaultValue={query.verdict ?? ''}>
            <option value="">{t('anyVerdict')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="fc-outlet">{t('outletFilter')}</label>
          <select id="fc-outlet" name="outlet" className="input" defaultValue={query.outlet ? String(query.outlet) : ''}>
            <option value="">{t('anyOutlet')}</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.buttons}>
          <button type="submit" className="button">
            {t('apply')}
          </button>
          <LocaleLink href="/fact-checks" className="button secondary">
            {t('clear')}
          </LocaleLink>
        </div>
      </form>
      <p className="muted" role="status" data-testid="fact-check-count">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="empty">{query.q || query.verdict || query.outlet ? t('noResults') : t('empty')}</p>
      ) : (
        <ul className={cardStyles.grid} data-testid="fact-check-list">
          {result.items.map((item) => (
            <li key={item.id}>
              <FactCheckCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t('paginationLabel')} className={styles.pager}>
          {result.page > 1 ? (
            <LocaleLink href={`/fact-checks${listQueryString({ ...query, page: result.page - 1 })}`} rel="prev">
              {t('previous')}
            </LocaleLink>
          ) : null}
          <span>{t('pageOf', { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <LocaleLink href={`/fact-checks${listQueryString({ ...query, page: result.page + 1 })}`} rel="next">
              {t('next')}
            </LocaleLink>
          ) : null}
        </nav>
      ) : null}
      <p>
        <a href={`/feeds/${locale}.xml`} type="application/atom+xml">
          {t('feedLink')}
        </a>
      </p>
    </>
  );
}

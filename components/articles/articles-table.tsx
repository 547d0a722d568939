import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import type { findArticles } from '@/lib/articles/queries';

type ArticleRow = Awaited<ReturnType<typeof findArticles>>[number];

/** The list of articles (readers' and editors' pages): title in the article's own direction, outlet, date, claim count. */
export async function ArticlesTable({
  articles,
  locale,
  basePath,
  testId,
}: {
  articles: ArticleRow[];
  locale: string;
  basePath: string;
  testId: string;
}) {
  const t = await getTranslations('articles');
  return (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('headline')}</th>
          <th scope="col">{t('outlet')}</th>
          <th scope="col">{t('date')}</th>
          <th scope="col">{t('claims')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => (
          <tr key={a.id}>
            <td lang={a.language} dir={directionOfLanguage(a.language)}>
              <LocaleLink href={`${basePath}/${a.id}`}>{a.title ?? a.excerpt ?? t('untitled')}</LocaleLink>
            </td>
            <td>
              <bdi>{a.outlet?.name ?? t('unknownOutlet')}</bdi>
            </td>
            <td>{a.publishedAt ? formatDate(a.publishedAt, locale) : t('unknownDate')}</td>
            <td>{t('claimCount', { count: a._count.claims })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

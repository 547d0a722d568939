import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { findArticles } from '@/lib/articles/queries';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('articles');
  return { title: t('title') };
}

export default async function EditorArticlesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('articles');
  const tr = await getTranslations('reader');
  const articles = await findArticles();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('count', { count: articles.length })} · <Link href="/editor/import">{tr('importMore')}</Link>
      </p>
      {articles.length === 0 ? (
        <p className="empty">{tr('emptyEditor')}</p>
      ) : (
        <table className="data-table" data-testid="editor-articles-table">
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
                  <Link href={`/editor/articles/${a.id}`}>{a.title ?? a.excerpt ?? t('untitled')}</Link>
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
      )}
    </>
  );
}

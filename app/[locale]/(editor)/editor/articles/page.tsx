import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { findArticles } from '@/lib/articles/queries';
import { ArticlesTable } from '@/components/articles/articles-table';

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
        <ArticlesTable articles={articles} locale={locale} basePath="/editor/articles" testId="editor-articles-table" />
      )}
    </>
  );
}

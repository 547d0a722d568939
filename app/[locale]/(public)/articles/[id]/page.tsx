import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocaleLink } from '@/lib/i18n/locale-link';
import { getArticle } from '@/lib/articles/queries';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import { parseId } from '@/lib/validation/params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? await getArticle(id) : null;
  return { title: article?.title ?? article?.excerpt ?? undefined };
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const rawId = (await params).id;
  const id = parseId(rawId);
  const article = id ? await getArticle(id) : null;
  if (!article) notFound();
  const t = await getTranslations('articles');
  const dir = directionOfLanguage(article.language);
  return (
    <article>
      <p>
        <LocaleLink href="/articles">{t('back')}</LocaleLink>
      </p>
      <h1 lang={article.language} dir={dir}>
        {article.title ?? article.excerpt ?? t('untitled')}
      </h1>
      <p className="muted">
        <bdi>{article.outlet?.name ?? t('unknownOutlet')}</bdi> ·{' '}
        {article.publishedAt ? formatDate(article.publishedAt, locale) : t('unknownDate')} ·{' '}
        {t('claimCount', { count: article._count.claims })}
      </p>
      <h2 className="visually-hidden">{t('originalText')}</h2>
      {/* Rendered as text (React escapes it): the article is kept exactly as published, markup included. */}
      <div className="article-text" lang={article.language} dir={dir} data-testid="article-text">
        {article.text}
      </div>
    </article>
  );
}

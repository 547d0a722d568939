import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { parseId } from '@/lib/validation/params';
import { getArticleForReader } from '@/lib/articles/queries';
import { highlightSegments } from '@/lib/articles/highlight-segments';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ReaderText } from './reader-text';
import styles from './reader.module.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? await getArticleForReader(id) : null;
  return { title: article?.title ?? article?.excerpt ?? undefined, robots: { index: false } };
}

export default async function ReaderPage({ params }: Props) {
  const locale = await pageLocale(params);
  const id = parseId((await params).id);
  const article = id ? await getArticleForReader(id) : null;
  if (!article) notFound();
  const user = (await getCurrentUser())!;
  const t = await getTranslations('reader');
  const ta = await getTranslations('articles');
  const dir = directionOfLanguage(article.language);
  const segments = highlightSegments(
    article.text.length,
    article.claims.map((c) => ({ id: c.id, start: c.start, end: c.end })),
  ).map((s) => ({ ...s, text: article.text.slice(s.start, s.end) }));
  return (
    <article className={styles.page}>
      <p>
        <Link href="/editor/articles">{ta('back')}</Link>
      </p>
      <h1 lang={article.language} dir={dir}>
        {article.title ?? article.excerpt ?? ta('untitled')}
      </h1>
      <p className="muted">
        <bdi>{article.outlet?.name ?? ta('unknownOutlet')}</bdi> ·{' '}
        {article.publishedAt ? formatDate(article.publishedAt, locale) : ta('unknownDate')} ·{' '}
        {ta('claimCount', { count: article.claims.length })}
        {article.url ? (
          <>
            {' '}
            ·{' '}
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              {ta('source')}
            </a>
          </>
        ) : null}
      </p>
      <p className="muted">{user.role === 'reviewer' ? t('hintReadOnly') : t('hint')}</p>
      <ReaderText articleId={article.id} lang={article.language} dir={dir} segments={segments} canAdd={user.role !== 'reviewer'} />
    </article>
  );
}

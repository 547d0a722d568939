import { getTranslations } from 'next-intl/server';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import type { PublicClaim } from '@/lib/fact-checks/public-queries';
import type { Appearance } from '@/lib/fact-checks/claim-review';
import styles from './detail.module.css';

type Article = PublicClaim['article'];

/** One entry per article, in the order the claims are shown (the reviewed claim's first). */
export function uniqueArticles(claims: PublicClaim[]): Article[] {
  const seen = new Map<number, Article>();
  for (const c of claims) if (!seen.has(c.article.id)) seen.set(c.article.id, c.article);
  return [...seen.values()];
}

export function archivedUrl(base: string, locale: string, articleId: number): string {
  return `${base}/${locale}/articles/${articleId}`;
}

/** ClaimReview appearances: the original URL when known, else this site's archived copy. */
export function appearancesOf(claims: PublicClaim[], base: string, locale: string): Appearance[] {
  return uniqueArticles(claims).map((a) => ({
    url: a.url ?? archivedUrl(base, locale, a.id),
    title: a.title ?? a.excerpt,
    outlet: a.outlet ? { name: a.outlet.name, url: a.outlet.url } : null,
    datePublished: a.publishedAt,
  }));
}

export async function Sources({ claims, locale }: { claims: PublicClaim[]; locale: string }) {
  const t = await getTranslations('factChecks');
  return (
    <section aria-labelledby="sources-heading" className={styles.section}>
      <h2 id="sources-heading">{t('sourcesTitle')}</h2>
      <ul className={styles.sources} data-testid="sources">
        {uniqueArticles(claims).map((a) => (
          <li key={a.id}>
            <bdi>{a.outlet?.name ?? t('unknownOutlet')}</bdi>
            {' · '}
            <span lang={a.language} dir={directionOfLanguage(a.language)}>
              {a.title ?? a.excerpt ?? ''}
            </span>
            {' · '}
            {a.publishedAt ? formatDate(a.publishedAt, locale) : t('unknownDate')}
            {' · '}
            {a.url ? (
              <a href={a.url} rel="noopener noreferrer external">
                {t('original')}
              </a>
            ) : null}{' '}
            <a href={`/${locale}/articles/${a.id}`}>{t('archived')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import type { PublicClaim } from '@/lib/fact-checks/public-queries';
import styles from './detail.module.css';

/** Each outlet's claim side by side: the passage quoted in its own language and direction. */
export async function OutletClaims({ claims, locale }: { claims: PublicClaim[]; locale: string }) {
  const t = await getTranslations('factChecks');
  return (
    <section aria-labelledby="outlets-heading" className={styles.section}>
      <h2 id="outlets-heading">{t('outletsTitle')}</h2>
      <p className="muted">{t('outletsIntro')}</p>
      <ul className={styles.outlets} data-testid="outlet-claims">
        {claims.map((c) => {
          const lang = c.article.language;
          return (
            <li key={c.id} className={`${styles.outletCard} ${c.relation === 'reviewed' ? styles.reviewed : ''}`} data-testid="outlet-claim">
              <p className={styles.outletName}>
                <bdi>{c.article.outlet?.name ?? t('unknownOutlet')}</bdi>
              </p>
              <p className={styles.meta}>
                {c.article.publishedAt ? formatDate(c.article.publishedAt, locale) : t('unknownDate')}
                {' · '}
                <span className={styles.relation}>{t(`relation.${c.relation}`)}</span>
                {c.isSuggested ? <span className={styles.note}> ({t('suggested')})</span> : null}
                {c.possiblyDifferentEvents ? <span className={styles.note}> · {t('differentEvents')}</span> : null}
              </p>
              <blockquote className={styles.passage} lang={lang} dir={directionOfLanguage(lang)} data-testid="passage">
                {c.before ? <span className={styles.context}>…{c.before} </span> : null}
                <mark className={styles.mark}>{c.text}</mark>
                {c.after ? <span className={styles.context}> {c.after}…</span> : null}
              </blockquote>
              {c.speaker ? (
                <p className={styles.meta}>
                  {t('speaker')} 
                  <bdi>{c.speaker}</bdi>
                </p>
              ) : null}
              <p className={styles.meta}>
                {c.article.url ? (
                  <a href={c.article.url} rel="noopener noreferrer external">
                    {t('original')}
                  </a>
                ) : null}{' '}
                <a href={`/${locale}/articles/${c.article.id}`}>{t('archived')}</a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

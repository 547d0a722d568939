import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { directionOfLanguage, formatDate } from '@/lib/i18n/format';
import type { ClaimDetail } from '@/lib/claims/get-claim-detail';
import { LinkDecision } from './link-decision';
import { LinkSearch } from './link-search';
import styles from './claim.module.css';

export async function ClaimLinks({ claim, locale, canDecide }: { claim: ClaimDetail; locale: string; canDecide: boolean }) {
  const t = await getTranslations('claim');
  const here = { lang: claim.article.language, dir: directionOfLanguage(claim.article.language) };
  return (
    <div className={styles.stack}>
      <h2>{t('links.title')}</h2>
      <p className="muted">{t('links.count', { count: claim.links.length })}</p>
      {claim.links.length === 0 ? <p className="empty">{t('links.none')}</p> : null}
      {claim.links.map((link) => {
        const other = link.other;
        const there = { lang: other.article.language, dir: directionOfLanguage(other.article.language) };
        return (
          // an <article> per link, not a <section>: several links share a relation, and landmarks
          // with the same name are ambiguous to screen readers (axe landmark-unique)
          <article
            key={link.id}
            className={`${styles.card} ${styles.link}`}
            data-testid="claim-link"
            data-relation={link.relation}
            data-state={link.state}
            aria-label={t(`links.relation.${link.relation}`)}
          >
            <div className={styles.linkHead}>
              <span className={`${styles.badge} ${styles[link.relation]}`}>{t(`links.relation.${link.relation}`)}</span>
              <span className={styles.badge}>{t(`links.state.${link.state}`)}</span>
              {link.possiblyDifferentEvents ? <span className={`${styles.badge} ${styles.warn}`}>{t('links.differentEvents')}</span> : null}
              {link.confidence !== null ? (
                <span className="muted">{t('links.confidence', { value: Math.round(link.confidence * 100) + '%' })}</span>
              ) : null}
              {link.decidedBy ? <span className="muted">{t('links.decidedBy', { name: link.decidedBy.name })}</span> : null}
            </div>
            <div className={styles.pair}>
              <div>
                <h3>{t('links.thisClaim')}</h3>
                <p className="muted">
                  <bdi>{claim.article.outlet?.name ?? '—'}</bdi> ·{' '}
                  {claim.article.publishedAt ? formatDate(claim.article.publishedAt, locale) : '—'}
                </p>
                <blockquote className={styles.passage} lang={here.lang} dir={here.dir}>
                  {claim.text}
                </blockquote>
              </div>
              <div>
                <h3>{t('links.otherClaim')}</h3>
                <p className="muted">
                  <bdi>{other.article.outlet?.name ?? '—'}</bdi> ·{' '}
                  {other.article.publishedAt ? formatDate(other.article.publishedAt, locale) : '—'} ·{' '}
                  <Link href={`/editor/claims/${other.id}`}>{t('links.open')}</Link>
                </p>
                <blockquote className={styles.passage} lang={there.lang} dir={there.dir}>
                  {other.text}
                </blockquote>
              </div>
            </div>
            {link.explanation ? (
              <p className={styles.explanation}>
                <strong>{t('links.why')}</strong>{' '}
                <span lang="ar" dir="rtl">
                  {link.explanation}
                </span>
              </p>
            ) : null}
            {link.note ? (
              <p className={styles.explanation}>
                <strong>{t('links.note')}:</strong> <span dir="auto">{link.note}</span>
              </p>
            ) : null}
            {canDecide ? (
              <LinkDecision
                claimId={claim.id}
                link={{
                  id: link.id,
                  version: link.version,
                  relation: link.relation,
                  possiblyDifferentEvents: link.possiblyDifferentEvents,
                  note: link.note,
                  state: link.state,
                }}
              />
            ) : null}
          </article>
        );
      })}
      {canDecide ? <LinkSearch claimId={claim.id} /> : null}
    </div>
  );
}

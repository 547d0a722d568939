import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { ClaimDetail } from '@/lib/claims/get-claim-detail';
import type { ReviewAction } from '@/lib/review/state-machine';
import { ReviewForms } from './review-forms';
import styles from './claim.module.css';

export async function ReviewPanel({ claim, actions }: { claim: ClaimDetail; actions: ReviewAction[] }) {
  const t = await getTranslations('claim');
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <dl className={styles.dl}>
        <dt>{t('meta.status')}</dt>
        <dd>{t(`status.${claim.status}`)}</dd>
        <dt>{t('meta.verdict')}</dt>
        <dd>{claim.verdict ? t(`verdict.${claim.verdict}`) : t('verdict.none')}</dd>
        {claim.rationale ? (
          <>
            <dt>{t('review.rationale')}</dt>
            <dd dir="auto">{claim.rationale}</dd>
          </>
        ) : null}
      </dl>
      {claim.status === 'verdict_proposed' ? <p className="muted">{t('review.fourEyes')}</p> : null}
      {claim.factCheck?.publishedAt ? (
        <p>
          <Link href={`/fact-checks/${claim.factCheck.slug}`}>{t('review.published')}</Link>
        </p>
      ) : null}
      {claim.factCheck && claim.factCheck.corrections.length > 0 ? (
        <div>
          <h3>{t('review.corrections')}</h3>
          <ul>
            {claim.factCheck.corrections.map((c) => (
              <li key={c.id} dir="auto">
                {c.textAr}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {actions.length === 0 ? (
        <p className="muted" data-testid="no-review-action">
          {t('review.nothing')}
        </p>
      ) : (
        <ReviewForms
          claimId={claim.id}
          version={claim.version}
          actions={actions}
          defaults={{
            verdict: claim.verdict,
            rationale: claim.rationale ?? '',
            titleAr: claim.text.slice(0, 140),
            summaryAr: claim.rationale ?? '',
          }}
        />
      )}
    </section>
  );
}

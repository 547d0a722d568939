import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { parseId } from '@/lib/validation/params';
import { getClaimDetail } from '@/lib/claims/get-claim-detail';
import { getCurrentUser } from '@/lib/auth/current-user';
import { availableActions, isLocked } from '@/lib/review/state-machine';
import { directionOfLanguage, formatDate } from '@/lib/i18n/format';
import { ClaimOverview } from './claim-overview';
import { ClaimLinks } from './claim-links';
import { ReviewPanel } from './review-panel';
import { ClaimHistory } from './claim-history';
import styles from './claim.module.css';

export const dynamic = 'force-dynamic';

const TABS = ['overview', 'links', 'review', 'history'] as const;
const tabSchema = z.enum(TABS).catch('overview');

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ tab?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('claim');
  return { title: t('title', { id: (await params).id.slice(0, 12) }), robots: { index: false } };
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const id = parseId((await params).id);
  const claim = id ? await getClaimDetail(id) : null;
  if (!claim) notFound();
  const user = (await getCurrentUser())!;
  const tab = tabSchema.parse((await searchParams).tab);
  const t = await getTranslations('claim');
  const dir = directionOfLanguage(claim.article.language);
  const actions = availableActions({
    status: claim.status,
    actor: user,
    proposedById: claim.proposedById,
    hasVerdict: claim.verdict !== null,
  });

  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kicker}>
          {t('title', { id: claim.id })} ·{' '}
          <span className={styles.status} data-status={claim.status} data-testid="claim-status">
            {t(`status.${claim.status}`)}
          </span>
          {claim.verdict ? (
            <>
              {' '}
              ·{' '}
              <span className={styles.verdict} data-testid="claim-verdict">
                {t(`verdict.${claim.verdict}`)}
              </span>
            </>
          ) : null}
        </p>
        <h1 lang={claim.article.language} dir={dir} className={styles.claimText}>
          {claim.text}
        </h1>
        <p className="muted">
          <bdi>{claim.article.outlet?.name ?? '—'}</bdi> · {claim.article.publishedAt ? formatDate(claim.article.publishedAt, locale) : '—'}{' '}
          · <Link href={`/editor/articles/${claim.article.id}#claim-${claim.id}`}>{t('openArticle')}</Link> ·{' '}
          {t('meta.version', { version: claim.version })}
        </p>
      </header>

      <nav aria-label={t('tabs.label')} className={styles.tabs}>
        {TABS.map((name) => (
          <Link
            key={name}
            href={`/editor/claims/${claim.id}?tab=${name}`}
            aria-current={tab === name ? 'page' : undefined}
            className={styles.tab}
          >
            {name === 'links' ? `${t('tabs.links')} (${claim.links.length})` : t(`tabs.${name}`)}
          </Link>
        ))}
      </nav>

      {tab === 'overview' ? (
        <ClaimOverview claim={claim} locale={locale} canEdit={user.role !== 'reviewer' && !isLocked(claim.status)} />
      ) : null}
      {tab === 'links' ? <ClaimLinks claim={claim} locale={locale} canDecide={user.role !== 'reviewer'} /> : null}
      {tab === 'review' ? <ReviewPanel claim={claim} actions={actions} /> : null}
      {tab === 'history' ? <ClaimHistory claimId={claim.id} locale={locale} /> : null}
    </article>
  );
}

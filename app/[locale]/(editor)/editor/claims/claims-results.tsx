import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { findClaimsPage, type ClaimsTableOptions } from '@/lib/claims/find-claims-page';
import { isFiltered, serializeClaimsTableParams, PAGE_SIZES, type ClaimsTableParams } from '@/lib/claims/table-params';
import type { CurrentUser } from '@/lib/auth/current-user';
import { ClaimsTable } from './claims-table';
import styles from './claims-table.module.css';

/** The server-rendered page of rows, inside the page's <Suspense key=…>. */
export async function ClaimsResults({ params, user, options }: { params: ClaimsTableParams; user: CurrentUser; options: ClaimsTableOptions }) {
  const t = await getTranslations('claimsTable');
  const { rows, total, isTotalCapped } = await findClaimsPage(params, user.id);
  const pages = Math.max(1, Math.ceil(total / params.size));
  const href = (next: Partial<ClaimsTableParams>) => {
    const qs = serializeClaimsTableParams({ ...params, ...next });
    return qs ? `/editor/claims?${qs}` : '/editor/claims';
  };
  if (rows.length === 0) {
    return (
      <div className="empty" data-testid="claims-empty">
        <h2>{t('emptyTitle')}</h2>
        <p>{isFiltered(params) || params.page > 1 ? t('emptyFiltered') : t('emptyNone')}</p>
        {isFiltered(params) ? (
          <Link href={href({ q: '', status: null, verdict: null, outlet: null, article: null, assignee: null, slot: null, conflict: false, from: null, to: null, page: 1 })}>
            {t('reset')}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <p className="muted" data-testid="claims-count" aria-live="polite">
        {isTotalCapped ? t('countCapped', { count: total }) : t('count', { count: total })}
      </p>
      <ClaimsTable
        rows={rows}
        params={params}
        currentUserId={user.id}
        canBulkEdit={user.role === 'editor' || user.role === 'admin'}
        users={options.users}
        sets={options.sets}
      />
      <nav className={styles.pager} aria-label={t('pagination')}>
        {params.page > 1 ? (
          <Link href={href({ page: params.page - 1 })} rel="prev">
            {t('previous')}
          </Link>
        ) : null}
        <span>{t('page', { page: params.page, pages: isTotalCapped ? `${pages}+` : pages })}</span>
        {params.page < pages ? (
          <Link href={href({ page: params.page + 1 })} rel="next">
            {t('next')}
          </Link>
        ) : null}
        <span className={styles.sizes}>
          {t('pageSize')}:{' '}
          {PAGE_SIZES.map((s) =>
            s === params.size ? (
              <strong key={s} aria-current="true">
                {s}
              </strong>
            ) : (
              <Link key={s} href={href({ size: s, page: 1 })}>
                {s}
              </Link>
            ),
          )}
        </span>
      </nav>
    </>
  );
}

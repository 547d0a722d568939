import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { directionOfLanguage } from '@/lib/i18n/format';
import { requireUser } from '@/lib/auth/current-user';
import { EVERYONE } from '@/lib/auth/guard';
import { parseId } from '@/lib/validation/params';
import { getClaimSet } from '@/lib/claim-sets/queries';
import { verdictLabel } from '@/lib/review/verdicts';
import { ActionForm } from '../action-form';
import { removeFromSetForm } from '../actions';
import { ExportLinks } from '../export-links';
import styles from '../sets.module.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('claimSets');
  const id = parseId((await params).id);
  const set = id ? await getClaimSet(id) : null;
  return { title: set?.name ?? t('title') };
}

export default async function ClaimSetPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireUser(EVERYONE);
  const id = parseId((await params).id);
  const set = id ? await getClaimSet(id) : null;
  if (!set) notFound();
  const t = await getTranslations('claimSets');
  return (
    <>
      <p>
        <Link href="/editor/sets">{t('back')}</Link>
      </p>
      <h1>
        <bdi>{set.name}</bdi>
      </h1>
      <p className="muted">
        {t('createdBy', { name: set.createdBy.name })} · {t('memberCount', { count: set._count.members })}
      </p>
      <ExportLinks setId={set.id} />
      {set.members.length === 0 ? (
        <p className="empty">{t('noMembers')}</p>
      ) : (
        <table className="data-table" data-testid="set-members">
          <thead>
            <tr>
              <th scope="col">{t('colClaim')}</th>
              <th scope="col">{t('colOutlet')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colVerdict')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {set.members.map(({ claim }) => (
              <tr key={claim.id}>
                <td className={styles.claimText} lang={claim.article.language} dir={directionOfLanguage(claim.article.language)}>
                  {claim.text}
                </td>
                <td>
                  <bdi>{claim.article.outlet?.name ?? t('unknownOutlet')}</bdi>
                </td>
                <td>{t(`status.${claim.status}`)}</td>
                <td>{claim.verdict ? verdictLabel(claim.verdict, locale) : '—'}</td>
                <td>
                  <ActionForm action={removeFromSetForm} label={t('removeLabel', { id: claim.id })}>
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="claimId" value={claim.id} />
                    <button type="submit" className="button secondary small" aria-label={t('removeLabel', { id: claim.id })}>
                      {t('remove')}
                    </button>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { formatDate } from '@/lib/i18n/format';
import { requireUser } from '@/lib/auth/current-user';
import { EVERYONE } from '@/lib/auth/guard';
import { listClaimSets } from '@/lib/claim-sets/queries';
import { ActionForm } from './action-form';
import { createSetForm, deleteSetForm, renameSetForm } from './actions';
import styles from './sets.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('claimSets');
  return { title: t('title') };
}

export default async function ClaimSetsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireUser(EVERYONE);
  const t = await getTranslations('claimSets');
  const sets = await listClaimSets();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <h2>{t('createTitle')}</h2>
      <ActionForm action={createSetForm} className={styles.create} resetOnSuccess label={t('createTitle')}>
        <div>
          <label htmlFor="set-name">{t('nameLabel')}</label>
          <input id="set-name" name="name" className="input" required maxLength={120} dir="auto" />
        </div>
        <button type="submit" className="button">
          {t('create')}
        </button>
      </ActionForm>
      {sets.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <table className="data-table" data-testid="sets-table">
          <thead>
            <tr>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colMembers')}</th>
              <th scope="col">{t('colUpdated')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/editor/sets/${s.id}`}>
                    <bdi>{s.name}</bdi>
                  </Link>
                  <div className="muted">{t('createdBy', { name: s.createdBy.name })}</div>
                </td>
                <td>{t('memberCount', { count: s._count.members })}</td>
                <td>{formatDate(s.updatedAt, locale)}</td>
                <td>
                  <div className={styles.actions}>
                    <ActionForm action={renameSetForm} className={styles.inline} label={t('renameLabel', { name: s.name })}>
                      <input type="hidden" name="setId" value={s.id} />
                      <input name="name" className="input" defaultValue={s.name} required maxLength={120} aria-label={t('renameLabel', { name: s.name })} dir="auto" />
                      <button type="submit" className="button secondary small">
                        {t('rename')}
                      </button>
                    </ActionForm>
                    <ActionForm action={deleteSetForm} confirm={t('deleteConfirm')} label={t('deleteLabel', { name: s.name })}>
                      <input type="hidden" name="setId" value={s.id} />
                      <button type="submit" className="button secondary small" aria-label={t('deleteLabel', { name: s.name })}>
                        {t('delete')}
                      </button>
                    </ActionForm>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import { getClaimHistory } from '@/lib/claims/get-claim-detail';
import styles from './claim.module.css';

export async function ClaimHistory({ claimId, locale }: { claimId: number; locale: string }) {
  const t = await getTranslations('claim');
  const tr = await getTranslations('editorNav');
  const rows = await getClaimHistory(claimId);
  const when = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
  return (
    <section className={styles.card} aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <table className={`data-table ${styles.historyTable}`} data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r.id)} data-action={r.action}>
                <td>
                  <bdi>{when.format(r.createdAt)} UTC</bdi>
                </td>
                <td>
                  {r.actor ? (
                    <>
                      <bdi>{r.actor.name}</bdi> <span className="muted">({tr(`role.${r.actor.role}`)})</span>
                    </>
                  ) : (
                    t('history.system')
                  )}
                </td>
                <td>
                  <bdi>
                    {r.entityType}.{r.action}
                  </bdi>
                </td>
                <td>
                  <pre dir="ltr">
                    {r.before ? `${t('history.before')}: ${JSON.stringify(r.before)}\n` : ''}
                    {r.after ? `${t('history.after')}: ${JSON.stringify(r.after)}` : ''}
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

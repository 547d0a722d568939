import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { findQuestionGroups } from '@/lib/questions/find-question-groups';
import { formatSlotValue } from '@/lib/questions/format-value';
import styles from './questions.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('questions');
  return { title: t('title') };
}

export default async function QuestionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('questions');
  const groups = await findQuestionGroups();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p>{t('count', { count: groups.length })}</p>
      {groups.length === 0 ? (
        <p className="empty" data-testid="questions-empty">
          {t('empty')}
        </p>
      ) : (
        <ul className={styles.groups} data-testid="questions-list">
          {groups.map((g) => (
            <li key={g.key} className={styles.group}>
              <Link href={`/editor/questions/${encodeURIComponent(g.key)}`} lang="ar" dir="rtl" className={styles.groupLink}>
                {g.label}
              </Link>
              <span className="muted">
                {t('outlets', { count: g.outletCount })} · {t('values', { count: g.values.length })}
              </span>
              <span className={styles.valuesPreview}>
                {[...new Set(g.values.map((v) => formatSlotValue(v.slot, locale)))].map((v) => (
                  <bdi key={v} className={styles.value}>
                    {v}
                  </bdi>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { directionOfLanguage, formatDate } from '@/lib/i18n/format';
import { findQuestionGroup } from '@/lib/questions/find-question-groups';
import { formatSlotValue } from '@/lib/questions/format-value';
import { QuestionTimeline } from './question-timeline';
import styles from '../questions.module.css';

export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; key: string }>;

/** The route segment as the group key; anything malformed is a 404, never a 500. */
function keyOf(raw: string): string | null {
  if (raw.length > 500) return null;
  try {
    return raw.includes('%') ? decodeURIComponent(raw) : raw;
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations('questions');
  const key = keyOf((await params).key);
  const group = key ? await findQuestionGroup(key) : null;
  return { title: group ? group.label : t('title') };
}

export default async function QuestionPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const key = keyOf((await params).key);
  const group = key ? await findQuestionGroup(key) : null;
  if (!group) notFound();
  const t = await getTranslations('questions');
  const dateOf = (d: string | null) => (d ? formatDate(new Date(`${d}T00:00:00Z`), locale) : t('unknownDate'));
  return (
    <>
      <p>
        <Link href="/editor/questions">{t('back')}</Link>
      </p>
      <h1 lang="ar" dir="rtl">
        {group.label}
      </h1>
      <p className="muted">
        {t('outlets', { count: group.outletCount })} · {t('values', { count: group.values.length })}
      </p>
      <QuestionTimeline group={group} locale={locale} />
      <div className={styles.scroll}>
        <table className="data-table" data-testid="question-values">
          <caption className={styles.caption}>{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outlet')}</th>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('hedge')}</th>
              <th scope="col">{t('raw')}</th>
              <th scope="col">{t('claim')}</th>
            </tr>
          </thead>
          <tbody>
            {group.values.map((v) => (
              <tr key={v.slot.id}>
                <th scope="row">
                  <bdi>{v.outlet ?? t('unknownOutlet')}</bdi>
                </th>
                <td>{dateOf(v.articleDate)}</td>
                <td data-testid="question-value">
                  <bdi>{formatSlotValue(v.slot, locale)}</bdi>
                </td>
                <td>{t(`hedgeName.${v.slot.hedge}`)}</td>
                <td lang={v.language} dir={directionOfLanguage(v.language)}>
                  {v.slot.raw}
                </td>
                <td>
                  <Link href={`/editor/claims/${v.claimId}`} aria-label={t('open', { id: v.claimId })}>
                    <span lang={v.language} dir={directionOfLanguage(v.language)} className={styles.claimText}>
                      {v.text.length > 140 ? `${v.text.slice(0, 140)}…` : v.text}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import { getTranslations } from 'next-intl/server';
import { formatDate, directionOfLanguage } from '@/lib/i18n/format';
import type { PublicClaim } from '@/lib/fact-checks/public-queries';
import styles from './detail.module.css';

type Slot = PublicClaim['slots'][number];

const SLOT_TYPES = new Set(['quantity', 'ordinal', 'date', 'duration', 'percent', 'money']);

/** The slot type the question is about ("ordinal|visit" → ordinal); all slots when unknown. */
function slotsForQuestion(c: PublicClaim): Slot[] {
  const type = c.questionKey?.split('|')[0];
  return type && SLOT_TYPES.has(type) ? c.slots.filter((s) => s.type === type) : c.slots;
}

export function slotValue(s: Slot, locale: string): string {
  const nf = new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en', { maximumFractionDigits: 2 });
  if (s.type === 'date' && s.year) return [s.year, s.month, s.day].filter(Boolean).map((n) => String(n).padStart(2, '0')).join('-');
  if (s.value !== null) return nf.format(s.value);
  if (s.min !== null && s.max !== null) return `${nf.format(s.min)}–${nf.format(s.max)}`;
  if (s.min !== null) return `≥ ${nf.format(s.min)}`;
  if (s.max !== null) return `≤ ${nf.format(s.max)}`;
  return '';
}

export async function ValuesTable({ claims, locale }: { claims: PublicClaim[]; locale: string }) {
  const t = await getTranslations('factChecks');
  const rows = claims.flatMap((c) => slotsForQuestion(c).map((s, i) => ({ key: `${c.id}-${i}`, claim: c, slot: s })));
  return (
    <section aria-labelledby="values-heading" className={styles.section}>
      <h2 id="values-heading">{t('valuesTitle')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('noValues')}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className="data-table" data-testid="values-table">
            <caption className="visually-hidden">{t('valuesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colOutlet')}</th>
                <th scope="col">{t('colValue')}</th>
                <th scope="col">{t('colDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, claim, slot }) => (
                <tr key={key}>
                  <th scope="row">
                    <bdi>{claim.article.outlet?.name ?? t('unknownOutlet')}</bdi>
                  </th>
                  <td>
                    <span lang={claim.article.language} dir={directionOfLanguage(claim.article.language)}>
                      {slot.raw}
                    </span>{' '}
                    <bdi className="muted">({slotValue(slot, locale)})</bdi>
                  </td>
                  <td>{claim.article.publishedAt ? formatDate(claim.article.publishedAt, locale) : t('unknownDate')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { directionOfLanguage } from '@/lib/i18n/format';
import { paragraphAround } from '@/lib/claims/paragraph';
import { formatSlotValue } from '@/lib/claims/format-slot';
import type { ClaimDetail } from '@/lib/claims/get-claim-detail';
import { ClaimEditForm } from './claim-edit-form';
import styles from './claim.module.css';

const REASONS = ['quantity', 'ordinal', 'date', 'duration', 'attribution', 'entity', 'factual-verb'] as const;
type Reason = (typeof REASONS)[number];
const KNOWN_REASONS = new Set<string>(REASONS);
type DurationUnit = 'day' | 'week' | 'month' | 'year';
const DURATION_UNITS = new Set<string>(['day', 'week', 'month', 'year']);

export async function ClaimOverview({ claim, locale, canEdit }: { claim: ClaimDetail; locale: string; canEdit: boolean }) {
  const t = await getTranslations('claim');
  const lang = claim.article.language;
  const dir = directionOfLanguage(lang);
  const para = paragraphAround(claim.article.text, claim.start, claim.end);
  return (
    <div className={styles.grid}>
      <div className={styles.stack}>
        <section className={styles.card} aria-labelledby="in-paragraph">
          <h2 id="in-paragraph">{t('inParagraph')}</h2>
          <p className={styles.paragraph} lang={lang} dir={dir} data-testid="claim-paragraph">
            {para.before}
            <mark>{para.passage}</mark>
            {para.after}
          </p>
          <p className="muted">
            {t(`section.${claim.section}`)} · {t(`meta.origin.${claim.origin}`)}
          </p>
        </section>
        <section className={styles.card} aria-labelledby="slots">
          <h2 id="slots">{t('slots.title')}</h2>
          {claim.slots.length === 0 ? (
            <p className="muted">{t('slots.none')}</p>
          ) : (
            <table className="data-table" data-testid="slots-table">
              <thead>
                <tr>
                  <th scope="col">{t('slots.type')}</th>
                  <th scope="col">{t('slots.value')}</th>
                  <th scope="col">{t('slots.hedge')}</th>
                  <th scope="col">{t('slots.unit')}</th>
                  <th scope="col">{t('slots.raw')}</th>
                </tr>
              </thead>
              <tbody>
                {claim.slots.map((s) => (
                  <tr key={s.id}>
                    <td>{t(`slots.types.${s.type}`)}</td>
                    <td>
                      <bdi>{formatSlotValue(s, locale)}</bdi>
                    </td>
                    <td>{t(`slots.hedges.${s.hedge}`)}</td>
                    <td lang={lang} dir={dir}>
                      {s.type === 'duration' && s.unit && DURATION_UNITS.has(s.unit)
                        ? t(`slots.durationUnits.${s.unit as DurationUnit}`)
                        : (s.unit ?? s.currency ?? '—')}
                    </td>
                    <td lang={lang} dir={dir}>
                      {s.raw}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className={styles.card} aria-labelledby="edit-claim">
          <h2 id="edit-claim">{t('edit.title')}</h2>
          {canEdit ? (
            <ClaimEditForm
              claimId={claim.id}
              version={claim.version}
              lang={lang}
              initial={{
                speaker: claim.speaker,
                via: claim.via,
                slots: claim.slots.map(({ id: _id, start: _s, end: _e, ...s }) => s),
              }}
            />
          ) : (
            <p className="muted">{t('edit.locked')}</p>
          )}
        </section>
      </div>
      <aside className={styles.stack}>
        <section className={styles.card} aria-labelledby="meta">
          <h2 id="meta">{t('meta.status')}</h2>
          <dl className={styles.dl}>
            <dt>{t('meta.status')}</dt>
            <dd>{t(`status.${claim.status}`)}</dd>
            <dt>{t('meta.verdict')}</dt>
            <dd>{claim.verdict ? t(`verdict.${claim.verdict}`) : t('verdict.none')}</dd>
            <dt>{t('meta.assignee')}</dt>
            <dd>
              <bdi>{claim.assignee?.name ?? t('meta.nobody')}</bdi>
            </dd>
            <dt>{t('meta.checkworthiness')}</dt>
            <dd>
              <bdi>{Math.round(claim.checkworthiness * 100)}%</bdi>{' '}
              <span className="muted">
                ({claim.reasons.map((r) => (KNOWN_REASONS.has(r) ? t(`reasons.${r as Reason}`) : r)).join(locale === 'ar' ? '، ' : ', ')})
              </span>
            </dd>
          </dl>
          {claim.proposedBy ? <p className="muted">{t('meta.proposedBy', { name: claim.proposedBy.name })}</p> : null}
          {claim.approvedBy ? <p className="muted">{t('meta.approvedBy', { name: claim.approvedBy.name })}</p> : null}
        </section>
        <section className={styles.card} aria-labelledby="attribution">
          <h2 id="attribution">{t('attribution.title')}</h2>
          <dl className={styles.dl}>
            <dt>{t('attribution.speaker')}</dt>
            <dd lang={lang} dir={dir} data-testid="speaker">
              {claim.speaker ?? t('attribution.none')}
            </dd>
            <dt>{t('attribution.via')}</dt>
            <dd lang={lang} dir={dir} data-testid="via">
              {claim.via ?? t('attribution.none')}
            </dd>
          </dl>
        </section>
        <section className={styles.card} aria-labelledby="entities">
          <h2 id="entities">{t('entities.title')}</h2>
          {claim.entities.length === 0 ? (
            <p className="muted">{t('entities.none')}</p>
          ) : (
            <ul>
              {claim.entities.map((e) => (
                <li key={e.id}>
                  <bdi lang={lang}>{e.name}</bdi> <span className="muted">({t(`entities.${e.type}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}

'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { reviewClaim } from './actions';
import styles from './claim.module.css';
import { ActionFeedback } from './action-feedback';

const VERDICTS = ['true', 'partly_true', 'misleading', 'needs_context', 'false', 'unverifiable'] as const;
type Verdict = (typeof VERDICTS)[number];
type Action = 'start' | 'propose' | 'return' | 'approve' | 'publish' | 'correct';

export function ReviewForms({
  claimId,
  version,
  actions,
  defaults,
}: {
  claimId: number;
  version: number;
  actions: Action[];
  defaults: { verdict: Verdict | null; rationale: string; titleAr: string; summaryAr: string };
}) {
  const t = useTranslations('claim');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const uid = useId();
  const [verdict, setVerdict] = useState<Verdict | ''>(defaults.verdict ?? '');
  const [rationale, setRationale] = useState(defaults.rationale);
  const [comment, setComment] = useState('');
  const [pub, setPub] = useState({ titleAr: defaults.titleAr, summaryAr: defaults.summaryAr, titleEn: '', summaryEn: '' });
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const has = (a: Action) => actions.includes(a);
  const needsComment = has('return') || has('correct');
  const needsVerdict = has('propose') || has('correct');

  async function run(action: Action) {
    if ((action === 'return' || action === 'correct') && !comment.trim()) return setError(t('review.commentRequired'));
    setPending(true);
    setError(null);
    setMessage(null);
    const res = await reviewClaim({
      claimId,
      version,
      action,
      verdict: verdict || undefined,
      rationale: rationale || undefined,
      comment: comment || undefined,
      publication:
        action === 'publish'
          ? { titleAr: pub.titleAr, summaryAr: pub.summaryAr, titleEn: pub.titleEn || undefined, summaryEn: pub.summaryEn || undefined }
          : undefined,
    });
    setPending(false);
    if (!res.ok) return setError(errorMessage(res.error));
    setMessage(t('review.done'));
    setComment('');
    router.refresh();
  }

  return (
    <div className={styles.stack} data-testid="review-forms">
      {needsVerdict ? (
        <div className={styles.controls}>
          <div className={styles.field}>
            <label htmlFor={`${uid}-verdict`}>{t('review.verdictLabel')}</label>
            <select id={`${uid}-verdict`} className="input" value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | '')}>
              <option value="">{t('review.chooseVerdict')}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t(`verdict.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field} style={{ flex: '1 1 24rem' }}>
            <label htmlFor={`${uid}-rationale`}>{t('review.rationale')}</label>
            <textarea
              id={`${uid}-rationale`}
              className="input"
              rows={4}
              dir="auto"
              value={rationale}
              maxLength={2000}
              onChange={(e) => setRationale(e.target.value)}
              style={{ width: '100%' }}
            />
          </div>
        </div>
      ) : null}
      {needsComment ? (
        <div className={styles.field}>
          <label htmlFor={`${uid}-comment`}>{t('review.comment')}</label>
          <textarea
            id={`${uid}-comment`}
            className="input"
            rows={3}
            dir="auto"
            value={comment}
            maxLength={2000}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%' }}
          />
        </div>
      ) : null}
      {has('publish') ? (
        <div className={styles.controls}>
          {(['titleAr', 'summaryAr', 'titleEn', 'summaryEn'] as const).map((k) => (
            <label key={k} htmlFor={`${uid}-${k}`} style={{ flex: '1 1 20rem' }}>
              {t(`review.${k}`)}
              <textarea
                id={`${uid}-${k}`}
                className="input"
                rows={k.startsWith('title') ? 2 : 3}
                dir={k.endsWith('En') ? 'ltr' : 'rtl'}
                lang={k.endsWith('En') ? 'en' : 'ar'}
                value={pub[k]}
                onChange={(e) => setPub({ ...pub, [k]: e.target.value })}
                style={{ width: '100%' }}
              />
            </label>
          ))}
        </div>
      ) : null}
      <div className={styles.controls}>
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'return' ? 'button secondary' : 'button'}
            disabled={isPending}
            onClick={() => run(a)}
            data-action={a}
          >
            {t(`review.${a}`)}
          </button>
        ))}
      </div>
      <ActionFeedback error={error} message={message} />
    </div>
  );
}

'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { decideClaimLink } from './actions';
import styles from './claim.module.css';
import { ActionFeedback } from './action-feedback';
import { RelationSelect, type Relation } from './relation-select';


export function LinkDecision({
  claimId,
  link,
}: {
  claimId: number;
  link: { id: number; version: number; relation: Relation; possiblyDifferentEvents: boolean; note: string | null; state: string };
}) {
  const t = useTranslations('claim');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const uid = useId();
  const [relation, setRelation] = useState<Relation>(link.relation);
  const [isDifferent, setDifferent] = useState(link.possiblyDifferentEvents);
  const [note, setNote] = useState(link.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function decide(decision: 'confirm' | 'reject') {
    setPending(true);
    setError(null);
    const res = await decideClaimLink({
      claimId,
      linkId: link.id,
      version: link.version,
      decision,
      relation,
      possiblyDifferentEvents: isDifferent,
      note,
    });
    setPending(false);
    if (!res.ok) return setError(errorMessage(res.error));
    router.refresh();
  }

  return (
    <div className={styles.controls}>
      <RelationSelect id={`${uid}-rel`} value={relation} onChange={setRelation} />
      <label htmlFor={`${uid}-diff`} style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
        <input id={`${uid}-diff`} type="checkbox" checked={isDifferent} onChange={(e) => setDifferent(e.target.checked)} />
        {t('links.markDifferentEvents')}
      </label>
      <div className={styles.field}>
        <label htmlFor={`${uid}-note`}>{t('links.note')}</label>
        <input id={`${uid}-note`} className="input" dir="auto" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="button" className="button" disabled={isPending} onClick={() => decide('confirm')}>
        {t('links.confirm')}
      </button>
      <button type="button" className="button secondary" disabled={isPending} onClick={() => decide('reject')}>
        {t('links.reject')}
      </button>
      <ActionFeedback error={error} />
    </div>
  );
}

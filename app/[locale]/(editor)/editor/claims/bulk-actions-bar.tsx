'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import type { ActionResult } from '@/lib/auth/guard';
import type { BulkResult } from '@/lib/claims/bulk-actions';
import type { ClaimsTableOptions } from '@/lib/claims/find-claims-page';
import { assignClaimsToUser, transitionSelectedClaims, addSelectedClaimsToSet } from './actions';
import styles from './claims-table.module.css';

const REASONS = ['not_found', 'conflict', 'status', 'role', 'own_verdict', 'verdict_required', 'comment_required'];

interface Props {
  selected: { id: number; version: number }[];
  currentUserId: string;
  canEdit: boolean;
  users: ClaimsTableOptions['users'];
  sets: ClaimsTableOptions['sets'];
  onDone: () => void;
}

export function BulkActionsBar({ selected, currentUserId, canEdit, users, sets, onDone }: Props) {
  const t = useTranslations('claimsTable');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<BulkResult | { error: string } | null>(null);
  const [assignee, setAssignee] = useState(currentUserId);
  const [step, setStep] = useState<'start' | 'approve'>('start');
  const [setId, setSetId] = useState('');
  const [setName, setSetName] = useState('');
  const isEmpty = selected.length === 0;

  const run = (call: () => Promise<ActionResult<BulkResult>>) =>
    startTransition(async () => {
      const res = await call();
      if (res.ok) {
        setOutcome(res.data);
        onDone();
        router.refresh();
      } else setOutcome({ error: res.error.message });
    });

  return (
    <section className={styles.bulk} aria-label={t('bulkActions')} data-testid="bulk-actions">
      <p className={styles.selectedCount} aria-live="polite">
        {t('selected', { count: selected.length })}
      </p>
      {canEdit ? (
        <form
          className={styles.bulkGroup}
          onSubmit={(e) => {
            e.preventDefault();
            run(() => assignClaimsToUser({ claimIds: selected.map((s) => s.id), assigneeId: assignee || null }));
          }}
        >
          <label htmlFor="bulk-assignee">{t('assignTo')}</label>
          <select id="bulk-assignee" className="input" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value={currentUserId}>{t('assigneeMe')}</option>
            {users
              .filter((u) => u.id !== currentUserId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            <option value="">{t('unassign')}</option>
          </select>
          <button type="submit" className="button" disabled={isEmpty || isPending}>
            {t('assign')}
          </button>
        </form>
      ) : null}
      <form
        className={styles.bulkGroup}
        onSubmit={(e) => {
          e.preventDefault();
          run(() => transitionSelectedClaims({ action: step, claims: selected }));
        }}
      >
        <label htmlFor="bulk-step">{t('reviewStep')}</label>
        <select id="bulk-step" className="input" value={step} onChange={(e) => setStep(e.target.value as 'start' | 'approve')}>
          <option value="start">{t('step.start')}</option>
          <option value="approve">{t('step.approve')}</option>
        </select>
        <button type="submit" className="button" disabled={isEmpty || isPending}>
          {t('applyStep')}
        </button>
      </form>
      {canEdit ? (
        <form
          className={styles.bulkGroup}
          onSubmit={(e) => {
            e.preventDefault();
            const set = setName.trim() ? { name: setName.trim() } : setId ? { setId: Number(setId) } : null;
            if (!set) return;
            run(async () => {
              const res = await addSelectedClaimsToSet({ claimIds: selected.map((s) => s.id), set });
              if (res.ok) setSetName('');
              return res;
            });
          }}
        >
          <label htmlFor="bulk-set">{t('existingSet')}</label>
          <select id="bulk-set" className="input" value={setId} onChange={(e) => setSetId(e.target.value)}>
            <option value="">—</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <label htmlFor="bulk-set-name">{t('newSetName')}</label>
          <input id="bulk-set-name" className="input" value={setName} maxLength={200} onChange={(e) => setSetName(e.target.value)} />
          <button type="submit" className="button" disabled={isEmpty || isPending || (!setId && !setName.trim())}>
            {t('addToSet')}
          </button>
        </form>
      ) : null}
      <div role="status" className={styles.outcome} data-testid="bulk-outcome">
        {isPending ? t('working') : null}
        {!isPending && outcome && 'error' in outcome ? t('error', { message: outcome.error }) : null}
        {!isPending && outcome && 'done' in outcome ? (
          <>
            <span>{t('done', { count: outcome.done.length })}</span>
            {outcome.refused.length > 0 ? (
              <>
                {' '}
                <span>{t('refusedCount', { count: outcome.refused.length })}</span>
                <ul>
                  {outcome.refused.map((r) => (
                    <li key={r.id}>
                      {t('refusal', { id: r.id, reason: t(`reason.${REASONS.includes(r.reason) ? r.reason : 'other'}` as 'reason.other') })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { saveClaim } from './actions';
import styles from './claim.module.css';
import { ActionFeedback } from './action-feedback';

const SLOT_TYPES = ['quantity', 'ordinal', 'date', 'duration', 'percent', 'money'] as const;
const HEDGES = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;

interface SlotDraft {
  type: (typeof SLOT_TYPES)[number];
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  currency: string | null;
  hedge: (typeof HEDGES)[number];
  year: number | null;
  month: number | null;
  day: number | null;
  raw: string;
}

interface Draft {
  speaker: string | null;
  via: string | null;
  slots: SlotDraft[];
}

const num = (v: string): number | null => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

export function ClaimEditForm({ claimId, version, lang, initial }: { claimId: number; version: number; lang: string; initial: Draft }) {
  const t = useTranslations('claim');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<(Draft & { version: number }) | null>(null);
  const [isPending, setPending] = useState(false);

  const setSlot = (i: number, patch: Partial<SlotDraft>) =>
    setDraft((d) => ({ ...d, slots: d.slots.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setMessage(null);
    setError(null);
    const res = await saveClaim({
      claimId,
      version,
      speaker: draft.speaker,
      via: draft.via,
      slots: draft.slots.filter((s) => s.raw.trim()),
    });
    setPending(false);
    if (res.ok) {
      setMessage(t('edit.saved', { version: res.data.version }));
      setConflict(null);
      router.refresh();
      return;
    }
    if (res.error.code === 'conflict' && res.error.details?.current) {
      setConflict(res.error.details.current as Draft & { version: number });
      return;
    }
    setError(errorMessage(res.error));
  }

  return (
    <form onSubmit={onSubmit} className={styles.stack} data-testid="claim-edit-form">
      <div className={styles.controls}>
        <label>
          {t('edit.speaker')}
          <input
            className="input"
            name="speaker"
            lang={lang}
            dir="auto"
            value={draft.speaker ?? ''}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, speaker: e.target.value || null })}
          />
        </label>
        <label>
          {t('edit.via')}
          <input
            className="input"
            name="via"
            lang={lang}
            dir="auto"
            value={draft.via ?? ''}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, via: e.target.value || null })}
          />
        </label>
      </div>
      <fieldset className={styles.stack}>
        <legend>{t('slots.title')}</legend>
        {draft.slots.map((s, i) => (
          <div key={i} className={styles.slotRow}>
            <label>
              {t('slots.type')}
              <select className="input" value={s.type} onChange={(e) => setSlot(i, { type: e.target.value as SlotDraft['type'] })}>
                {SLOT_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(`slots.types.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            {s.type === 'date' ? (
              <label>
                {t('slots.value')}
                <input
                  className="input"
                  dir="ltr"
                  placeholder="YYYY-MM-DD"
                  value={[s.year ?? '', s.month ?? '', s.day ?? ''].join('-').replace(/^-+|-+$/g, '')}
                  onChange={(e) => {
                    const [y, m, d] = e.target.value.split('-');
                    setSlot(i, { year: num(y ?? ''), month: num(m ?? ''), day: num(d ?? '') });
                  }}
                />
              </label>
            ) : (
              <label>
                {t('slots.value')}
                <input
                  className="input"
                  inputMode="decimal"
                  dir="ltr"
                  value={s.value ?? ''}
                  onChange={(e) => setSlot(i, { value: num(e.target.value) })}
                />
              </label>
            )}
            <label>
              {t('slots.hedge')}
              <select className="input" value={s.hedge} onChange={(e) => setSlot(i, { hedge: e.target.value as SlotDraft['hedge'] })}>
                {HEDGES.map((x) => (
                  <option key={x} value={x}>
                    {t(`slots.hedges.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('slots.unit')}
              <input
                className="input"
                lang={lang}
                dir="auto"
                value={s.unit ?? ''}
                maxLength={60}
                onChange={(e) => setSlot(i, { unit: e.target.value || null })}
              />
            </label>
            <label>
              {t('slots.raw')}
              <input
                className="input"
                lang={lang}
                dir="auto"
                value={s.raw}
                maxLength={300}
                onChange={(e) => setSlot(i, { raw: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="button secondary small"
              onClick={() => setDraft((d) => ({ ...d, slots: d.slots.filter((_, j) => j !== i) }))}
            >
              {t('edit.removeSlot')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button secondary small"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              slots: [
                ...d.slots,
                {
                  type: 'quantity',
                  value: null,
                  min: null,
                  max: null,
                  unit: null,
                  currency: null,
                  hedge: 'exact',
                  year: null,
                  month: null,
                  day: null,
                  raw: '',
                },
              ],
            }))
          }
        >
          {t('edit.addSlot')}
        </button>
      </fieldset>
      {conflict ? (
        <div className={styles.conflict} role="alert" data-testid="edit-conflict">
          <p className={styles.message}>{t('edit.conflictTitle')}</p>
          <p>{t('edit.conflictBody')}</p>
          <div className={styles.pair}>
            <div>
              <h3>{t('edit.theirs', { version: conflict.version })}</h3>
              <p lang={lang} dir="auto">
                {t('edit.speaker')}: {conflict.speaker ?? '—'} · {t('edit.via')}: {conflict.via ?? '—'}
              </p>
              <ul>
                {conflict.slots.map((s, i) => (
                  <li key={i} lang={lang} dir="auto">
                    {s.raw}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{t('edit.yours')}</h3>
              <p lang={lang} dir="auto">
                {t('edit.speaker')}: {draft.speaker ?? '—'} · {t('edit.via')}: {draft.via ?? '—'}
              </p>
              <ul>
                {draft.slots.map((s, i) => (
                  <li key={i} lang={lang} dir="auto">
                    {s.raw}
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <button type="button" className="button secondary" onClick={() => router.refresh()}>
            {t('edit.reload')}
          </button>
        </div>
      ) : null}
      <ActionFeedback error={error} message={message} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t('edit.saving') : t('edit.save')}
        </button>
      </div>
    </form>
  );
}

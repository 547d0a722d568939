'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage } from '@/components/editor/use-error-message';
import { searchClaims, createClaimLink } from './actions';
import styles from './claim.module.css';
import { ActionFeedback } from './action-feedback';
import { RelationSelect, type Relation } from './relation-select';

interface Hit {
  id: number;
  text: string;
  language: string;
  outlet: string | null;
  publishedAt: string | null;
}

export function LinkSearch({ claimId }: { claimId: number }) {
  const t = useTranslations('claim');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const uid = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [relation, setRelation] = useState<Relation>('related');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSearch(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const res = await searchClaims({ claimId, q });
    if (!res.ok) return setError(errorMessage(res.error));
    setHits(res.data);
  }

  async function link(otherClaimId: number) {
    setError(null);
    const res = await createClaimLink({ claimId, otherClaimId, relation });
    if (!res.ok) return setError(errorMessage(res.error));
    setMessage(t('links.linked'));
    setHits(null);
    router.refresh();
  }

  return (
    <section className={styles.card} aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('links.searchTitle')}</h2>
      <form onSubmit={onSearch} className={styles.controls} role="search">
        <div className={styles.field}>
          <label htmlFor={`${uid}-q`}>{t('links.searchLabel')}</label>
          <input
            id={`${uid}-q`}
            className="input"
            type="search"
            dir="auto"
            value={q}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby={`${uid}-hint`}
          />
        </div>
        <RelationSelect id={`${uid}-rel`} value={relation} onChange={setRelation} />
        <button type="submit" className="button secondary">
          {t('links.searchLabel')}
        </button>
      </form>
      <p id={`${uid}-hint`} className="muted">
        {t('links.searchHint')}
      </p>
      {hits && hits.length === 0 ? <p>{t('links.noResults')}</p> : null}
      {hits && hits.length > 0 ? (
        <ul className={styles.stack} data-testid="link-search-results">
          {hits.map((h) => (
            <li key={h.id}>
              <p className="muted">
                <bdi>{h.outlet ?? '—'}</bdi> · <bdi>{h.publishedAt ?? '—'}</bdi>
              </p>
              <blockquote className={styles.passage} lang={h.language} dir="auto">
                {h.text}
              </blockquote>
              <button type="button" className="button small" onClick={() => link(h.id)}>
                {t('links.link')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ActionFeedback error={error} message={message} />
    </section>
  );
}

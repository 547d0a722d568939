'use client';

import { useTranslations } from 'next-intl';
import styles from './claim.module.css';

export type Relation = 'supports' | 'contradicts' | 'related';
const RELATIONS: readonly Relation[] = ['supports', 'contradicts', 'related'];

/** The labelled relation picker of a link (deciding a suggestion, adding a link by search). */
export function RelationSelect({ id, value, onChange }: { id: string; value: Relation; onChange: (r: Relation) => void }) {
  const t = useTranslations('claim');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('links.relationLabel')}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as Relation)}>
        {RELATIONS.map((r) => (
          <option key={r} value={r}>
            {t(`links.relation.${r}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

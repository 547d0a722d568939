import { getTranslations } from 'next-intl/server';
import { exportUrl } from '@/lib/export/params';
import type { ExportFormat } from '@/lib/export/types';
import styles from './sets.module.css';

const FORMATS: ExportFormat[] = ['json', 'csv', 'datafeed'];

/** Download links for a set's export; plain links, so the browser streams the file to disk. */
export async function ExportLinks({ setId }: { setId: number }) {
  const t = await getTranslations('export');
  return (
    <section aria-labelledby="export-heading" className={styles.export}>
      <h2 id="export-heading">{t('title')}</h2>
      <p className="muted">{t('reviewedOnly')}</p>
      <ul className={styles.exportList}>
        {FORMATS.map((f) => (
          <li key={f}>
            <a className="button secondary small" href={exportUrl({ setId, format: f })} download data-testid={`export-${f}`}>
              {t('exportAs', { format: t(f) })}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {t('includeAll')}:{' '}
        {FORMATS.map((f, i) => (
          <span key={f}>
            {i > 0 ? ' · ' : ''}
            <a href={exportUrl({ setId, format: f, includeAll: true })} download>
              {t(f)}
            </a>
          </span>
        ))}
      </p>
      <p className="muted">{t('includeAllHint')}</p>
    </section>
  );
}

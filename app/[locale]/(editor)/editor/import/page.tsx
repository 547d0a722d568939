import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getCurrentUser } from '@/lib/auth/current-user';
import { parseId } from '@/lib/validation/params';
import { MAX_BATCH_BYTES, MAX_BATCH_FILES, MAX_UPLOAD_FILES } from '@/lib/imports/limits';
import { ImportForms } from './import-forms';
import { BulkImport } from './bulk-import';
import styles from './import.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('import');
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ batch?: string | string[] }> };

export default async function ImportPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const t = await getTranslations('import');
  const user = await getCurrentUser();
  if (!user || (user.role !== 'editor' && user.role !== 'admin')) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="empty">{t('forbidden')}</p>
      </>
    );
  }
  const batch = (await searchParams).batch;
  const batchId = typeof batch === 'string' ? parseId(batch) : null;
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ImportForms maxUploadFiles={MAX_UPLOAD_FILES} />
      <BulkImport initialBatchId={batchId} maxFiles={MAX_BATCH_FILES} maxBytes={MAX_BATCH_BYTES} />
    </div>
  );
}

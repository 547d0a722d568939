'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { ProblemList, asReason, problemsOf, type Problem } from './import-result';
import styles from './import.module.css';

const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** each upload request stays well under the server's per-request limit */
const CHUNK_BYTES = 8 * 1024 * 1024;
const CHUNK_FILES = 100;
const ACCEPTED = /\.(txt|md|html?)$/i;
const POLL_MS = 700;

interface Progress {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  pending: number;
  stored: number;
  duplicate: number;
  failed: number;
  items: { id: number; name: string; status: 'stored' | 'duplicate' | 'failed' | 'pending'; articleId: number | null; articleTitle: string | null; error: string | null }[] | null;
}

const labelOf = (f: File) => f.webkitRelativePath || f.name;

async function post(form: FormData): Promise<{ ok: true; body: { batchId: number } } | { ok: false; problems: Problem[] }> {
  let res: Response;
  try {
    res = await fetch('/api/import/batches', { method: 'POST', body: form });
  } catch {
    return { ok: false, problems: [{ file: '', reason: 'unreachable' }] };
  }
  const body = (await res.json().catch(() => null)) as ({ batchId: number } & { error?: { details?: { problems?: Problem[]; limit?: string; max?: number } } }) | null;
  if (res.ok && body) return { ok: true, body };
  return { ok: false, problems: problemsOf(res.status, body?.error?.details, '') };
}

export function BulkImport({ initialBatchId, maxFiles, maxBytes }: { initialBatchId: number | null; maxFiles: number; maxBytes: number }) {
  const t = useTranslations('import');
  const folderRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [ignored, setIgnored] = useState(0);
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const [batchId, setBatchId] = useState<number | null>(initialBatchId);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);

  useEffect(() => {
    // React has no prop for it; the attribute makes the picker choose a folder (all its files)
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  useEffect(() => {
    if (batchId === null) return;
    let isActive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const res = await fetch(`/api/import/batches/${batchId}`, { cache: 'no-store' }).catch(() => null);
      if (!isActive) return;
      if (res?.ok) {
        const p = (await res.json()) as Progress;
        if (!isActive) return;
        setProgress(p);
        if (p.status === 'done' || p.status === 'failed') return;
      } else if (res && res.status === 404) {
        return;
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [batchId]);

  const choose = (list: FileList | null) => {
    const all = [...(list ?? [])];
    const accepted = all.filter((f) => ACCEPTED.test(f.name));
    setChosen(accepted);
    setIgnored(all.length - accepted.length);
    setProblems(null);
  };

  const start = async () => {
    setProblems(null);
    if (chosen.length === 0) return setProblems([{ file: '', reason: 'empty_batch' }]);
    if (chosen.length > maxFiles) return setProblems([{ file: '', reason: 'batch_files', detail: String(maxFiles) }]);
    const bytes = chosen.reduce((n, f) => n + (f.size <= MAX_ARTICLE_BYTES ? f.size : 0), 0);
    if (bytes > maxBytes) return setProblems([{ file: '', reason: 'batch_bytes' }]);

    setProgress(null);
    setUploading({ done: 0, total: chosen.length });
    const created = await post(new FormData());
    if (!created.ok) {
      setUploading(null);
      return setProblems(created.problems);
    }
    const id = created.body.batchId;
    // Chunks: files over the per-file limit are not sent, only named, and reported as failed.
    let form = new FormData();
    let size = 0;
    let count = 0;
    let skipped: { name: string; size: number }[] = [];
    let done = 0;
    const flush = async (isLast: boolean) => {
      form.set('batchId', String(id));
      if (skipped.length) form.set('skipped', JSON.stringify(skipped));
      if (isLast) form.set('start', '1');
      const r = await post(form);
      form = new FormData();
      size = 0;
      count = 0;
      skipped = [];
      return r;
    };
    for (const f of chosen) {
      if (f.size > MAX_ARTICLE_BYTES) skipped.push({ name: labelOf(f), size: f.size });
      else {
        if (count > 0 && (size + f.size > CHUNK_BYTES || count >= CHUNK_FILES)) {
          const r = await flush(false);
          if (!r.ok) {
            setUploading(null);
            return setProblems(r.problems);
          }
          setUploading({ done, total: chosen.length });
        }
        form.append('files', f, labelOf(f));
        size += f.size;
        count++;
      }
      done++;
    }
    const r = await flush(true);
    setUploading(null);
    if (!r.ok) return setProblems(r.problems);
    setBatchId(id);
    // the address keeps the import: leaving and coming back shows its progress and report
    window.history.replaceState(null, '', `${window.location.pathname}?batch=${id}`);
  };

  const processed = progress ? progress.total - progress.pending : 0;
  const isRunning = uploading !== null || (progress !== null && progress.status !== 'done');

  return (
    <section className={styles.card} aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t('bulk.heading')}</h2>
      <p className="muted" id="bulk-hint">
        {t('bulk.hint', { files: maxFiles, megabytes: Math.round(maxBytes / 1024 / 1024) })}
      </p>
      <div className="form">
        <label htmlFor="bulk-folder">{t('bulk.folder')}</label>
        <input id="bulk-folder" ref={folderRef} type="file" multiple aria-describedby="bulk-hint" onChange={(e) => choose(e.currentTarget.files)} />
        <label htmlFor="bulk-files">{t('bulk.many')}</label>
        <input id="bulk-files" type="file" multiple accept=".txt,.md,.html,.htm" onChange={(e) => choose(e.currentTarget.files)} />
        <p className="muted" data-testid="bulk-selected">
          {t('bulk.selected', { count: chosen.length })} {ignored > 0 ? t('bulk.ignored', { count: ignored }) : null}
        </p>
        <button type="button" className="button" disabled={isRunning || chosen.length === 0} onClick={() => void start()}>
          {t('bulk.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {uploading ? <p>{t('bulk.uploading', { done: uploading.done, total: uploading.total })}</p> : null}
        {problems ? <ProblemList problems={problems} /> : null}
      </div>
      {progress ? (
        <div className={styles.progress} data-testid="bulk-progress">
          <label htmlFor="bulk-bar">{t('bulk.progressLabel')}</label>
          <progress id="bulk-bar" max={Math.max(progress.total, 1)} value={processed} />
          <p aria-live="polite" data-testid="bulk-progress-text">
            {progress.status === 'done' ? `${t('bulk.finished')} · ` : ''}
            {t('bulk.progress', { done: processed, total: progress.total })}
          </p>
        </div>
      ) : null}
      {progress?.items ? <Report progress={progress} /> : null}
    </section>
  );
}

function Report({ progress }: { progress: Progress }) {
  const t = useTranslations('import');
  return (
    <div data-testid="bulk-report">
      <h3>{t('bulk.report')}</h3>
      <p>
        {t('bulk.stored', { count: progress.stored })} · {t('bulk.duplicates', { count: progress.duplicate })} · {t('bulk.failedCount', { count: progress.failed })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('bulk.file')}</th>
            <th scope="col">{t('bulk.result')}</th>
          </tr>
        </thead>
        <tbody>
          {(progress.items ?? []).map((item) => (
            <tr key={item.id} data-status={item.status}>
              <td>
                <bdi>{item.name}</bdi>
              </td>
              <td>
                {item.status === 'stored' ? (
                  <>
                    {t('bulk.statusStored')} {item.articleId ? <Link href={`/articles/${item.articleId}`}>{t('bulk.open')}</Link> : null}
                  </>
                ) : item.status === 'duplicate' ? (
                  <>
                    {t('bulk.statusDuplicate')}{' '}
                    {item.articleId ? (
                      <Link href={`/articles/${item.articleId}`}>
                        <bdi>{item.articleTitle ?? `#${item.articleId}`}</bdi>
                      </Link>
                    ) : null}
                  </>
                ) : item.status === 'failed' ? (
                  <>
                    {t('bulk.statusFailed')} {t(`reason.${asReason(item.error ?? 'generic')}`, { file: '', detail: '' }).replace(/^:\s*/, '')}
                  </>
                ) : (
                  t('bulk.statusPending')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

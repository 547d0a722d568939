'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type ar from '@/lib/i18n/messages/ar/import.json';
import styles from './import.module.css';

export type Reason = keyof (typeof ar)['reason'];
export interface Problem {
  file: string;
  reason: string;
  detail?: string;
}
export interface Imported {
  file: string;
  status: 'stored' | 'duplicate';
  articleId: number;
  claimCount: number | null;
}
export type Outcome = { kind: 'ok'; results: Imported[] } | { kind: 'refused'; problems: Problem[] } | null;

const REASONS = new Set<string>([
  'empty', 'no_text', 'too_large', 'utf16', 'binary', 'encoding', 'not_accepted', 'too_many_files', 'no_files', 'request_too_large',
  'invalid_input', 'invalid_url', 'scheme', 'private_address', 'unreachable', 'timeout', 'http_status', 'content_type',
  'too_many_redirects', 'unreadable', 'internal', 'batch_files', 'batch_bytes', 'empty_batch', 'generic',
]);

export function asReason(r: string): Reason {
  return (REASONS.has(r) ? r : 'generic') as Reason;
}

/** Sends a request and turns any answer (JSON error, proxy error page, network failure) into an Outcome. */
export async function send(url: string, init: RequestInit, label: string): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { kind: 'refused', problems: [{ file: label, reason: 'unreachable' }] };
  }
  const body = (await res.json().catch(() => null)) as { results?: Imported[]; error?: { details?: { problems?: Problem[]; limit?: string; max?: number } } } | null;
  if (res.ok && body?.results) return { kind: 'ok', results: body.results };
  return { kind: 'refused', problems: problemsOf(res.status, body?.error?.details, label) };
}

export function problemsOf(status: number, details: { problems?: Problem[]; limit?: string; max?: number } | undefined, label: string): Problem[] {
  if (details?.problems?.length) return details.problems;
  if (details?.limit) return [{ file: label, reason: details.limit, detail: details.max !== undefined ? String(details.max) : undefined }];
  if (status === 413) return [{ file: label, reason: 'request_too_large' }];
  return [{ file: label, reason: 'generic' }];
}

export function ProblemList({ problems }: { problems: Problem[] }) {
  const t = useTranslations('import');
  return (
    <div role="alert" className={styles.problems} data-testid="import-problems">
      <p className={styles.problemsHeading}>{t('problemsHeading')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t(`reason.${asReason(p.reason)}`, { file: `\u2068${p.file}\u2069`, detail: p.detail ?? '' })}</li>
        ))}
      </ul>
    </div>
  );
}

export function OutcomeView({ outcome }: { outcome: Outcome }) {
  const t = useTranslations('import');
  if (!outcome) return null;
  if (outcome.kind === 'refused') return <ProblemList problems={outcome.problems} />;
  return (
    <div className={styles.results} data-testid="import-results">
      <ul>
        {outcome.results.map((r) => (
          <li key={`${r.file}-${r.articleId}`} data-status={r.status}>
            {r.status === 'stored' ? (
              <>
                {t('stored', { file: `\u2068${r.file}\u2069` })} · {t('storedClaims', { count: r.claimCount ?? 0 })}
              </>
            ) : (
              t('duplicate', { file: `\u2068${r.file}\u2069` })
            )}{' '}
            <Link href={`/articles/${r.articleId}`}>{t('openArticle')}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

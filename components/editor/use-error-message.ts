'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/auth/guard';

type Failure = Extract<ActionResult<unknown>, { ok: false }>['error'];

/** A localized sentence for a failed action (never the server's raw message). */
export function useErrorMessage(): (error: Failure) => string {
  const t = useTranslations('claim');
  return (error) => {
    const refusal = (error.details?.refusal as { reason?: string } | undefined)?.reason;
    if (refusal && ['role', 'status', 'own_verdict', 'comment_required', 'verdict_required'].includes(refusal)) {
      return t(`review.refused.${refusal as 'role' | 'status' | 'own_verdict' | 'comment_required' | 'verdict_required'}`);
    }
    return t(`errors.${error.code}`);
  };
}

'use client';
import { useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import { serializeClaimsTableParams, type ClaimsTableParams } from '@/lib/claims/table-params';

/** The table's only way to change what it shows: a new URL, which the server page renders. */
export function useClaimsUrl(params: ClaimsTableParams) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const hrefFor = (next: Partial<ClaimsTableParams>, keepPage = false) => {
    const qs = serializeClaimsTableParams({ ...params, ...(keepPage ? {} : { page: 1 }), ...next });
    return qs ? `/editor/claims?${qs}` : '/editor/claims';
  };
  const go = (next: Partial<ClaimsTableParams>, keepPage = false) => {
    startTransition(() => router.push(hrefFor(next, keepPage), { scroll: false }));
  };
  return { go, hrefFor, isPending };
}

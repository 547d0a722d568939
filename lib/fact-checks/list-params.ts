// The public list's URL state (q, verdict, outlet, page), parsed by one zod schema that falls back
// to a default for each bad value instead of throwing: a hand-edited URL never becomes a 500.
import { z } from 'zod';
import { VERDICTS } from '../review/verdicts';

export const PAGE_SIZE = 12;

const listParamsSchema = z.object({
  // PostgreSQL text cannot hold NUL (a 500 before): control characters are dropped
  q: z.string().transform((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim().slice(0, 200)).catch(''),
  verdict: z.enum(VERDICTS).optional().catch(undefined),
  outlet: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type FactCheckListParams = z.infer<typeof listParamsSchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseListParams(raw: RawParams): FactCheckListParams {
  const first = (k: string): string | undefined => {
    if (raw instanceof URLSearchParams) return raw.get(k) ?? undefined;
    const v = raw[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const value = (k: string) => {
    const v = first(k);
    return v === '' ? undefined : v;
  };
  return listParamsSchema.parse({ q: first('q') ?? '', verdict: value('verdict'), outlet: value('outlet'), page: value('page') ?? 1 });
}

/** The query string for a list URL: only the non-default values, in a fixed order. */
export function listQueryString(p: Partial<FactCheckListParams>): string {
  const s = new URLSearchParams();
  if (p.q) s.set('q', p.q);
  if (p.verdict) s.set('verdict', p.verdict);
  if (p.outlet) s.set('outlet', String(p.outlet));
  if (p.page && p.page > 1) s.set('page', String(p.page));
  const qs = s.toString();
  return qs ? `?${qs}` : '';
}

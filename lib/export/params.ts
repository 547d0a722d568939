// Export URL parameters (the claims table's basic filters plus format and include), parsed by
// one zod schema that drops bad values instead of failing, and the URL builder the claims table
// and the sets page use.
import { z } from 'zod';
import { VERDICTS } from '../review/verdicts';
import type { ClaimStatus, Verdict } from '../generated/prisma/enums';
import type { ExportFormat } from './types';

const STATUSES = ['new', 'in_review', 'verdict_proposed', 'returned', 'approved', 'published', 'corrected'] as const satisfies readonly ClaimStatus[];

/** "a,b" or repeated params → the valid values only, sorted and unique (stable file headers). */
function listOf<T extends string | number>(item: z.ZodType<T>) {
  return z.array(z.string()).transform((raw) => {
    const out = new Set<T>();
    for (const part of raw.flatMap((r) => r.split(','))) {
      const parsed = item.safeParse(part.trim());
      if (parsed.success) out.add(parsed.data);
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  });
}

const schema = z.object({
  format: z.enum(['json', 'csv', 'datafeed']).catch('json'),
  include: z.enum(['reviewed', 'all']).catch('reviewed'),
  status: listOf(z.enum(STATUSES)),
  verdict: listOf(z.enum(VERDICTS)),
  outlet: listOf(z.coerce.number().int().min(1).max(2_147_483_647)),
  // PostgreSQL text cannot hold NUL (a 500 before): control characters are dropped
  q: z.string().transform((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim().slice(0, 200)).catch(''),
});

export interface ExportParams {
  format: ExportFormat;
  includeAll: boolean;
  filter: { status: ClaimStatus[]; verdict: Verdict[]; outlet: number[]; q: string };
}

export function parseExportParams(sp: URLSearchParams): ExportParams {
  const p = schema.parse({
    format: sp.get('format') ?? undefined,
    include: sp.get('include') ?? undefined,
    status: sp.getAll('status'),
    verdict: sp.getAll('verdict'),
    outlet: sp.getAll('outlet'),
    q: sp.get('q') ?? '',
  });
  return { format: p.format, includeAll: p.include === 'all', filter: { status: p.status, verdict: p.verdict, outlet: p.outlet, q: p.q } };
}

export interface ExportUrlInput {
  format: ExportFormat;
  includeAll?: boolean;
  /** a claim set; without it, the filtered view */
  setId?: number;
  filter?: Partial<ExportParams['filter']>;
}

/** The export URL for a set or a filtered claims view (for the sets page and the claims table). */
export function exportUrl(input: ExportUrlInput): string {
  const s = new URLSearchParams({ format: input.format });
  if (input.includeAll) s.set('include', 'all');
  const f = input.filter ?? {};
  if (f.status?.length) s.set('status', f.status.join(','));
  if (f.verdict?.length) s.set('verdict', f.verdict.join(','));
  if (f.outlet?.length) s.set('outlet', f.outlet.join(','));
  if (f.q) s.set('q', f.q);
  return `${input.setId ? `/api/export/sets/${input.setId}` : '/api/export/claims'}?${s.toString()}`;
}

// The claims table's whole state lives in the URL (shareable, reloadable). This module parses the
// search params with zod, falling back to the default for every bad or hostile value instead of
// throwing (a hand-edited URL must never be a 500), and serializes state back to a query string.
// Pure: used by the server page, the query builder and the client table alike.
import { z } from 'zod';

export const CLAIM_STATUSES = ['new', 'in_review', 'verdict_proposed', 'returned', 'approved', 'published', 'corrected'] as const;
export const VERDICTS = ['true', 'partly_true', 'misleading', 'needs_context', 'false', 'unverifiable'] as const;
export const SLOT_TYPES = ['quantity', 'ordinal', 'date', 'duration', 'percent', 'money'] as const;
export const SORT_KEYS = ['date', 'checkworthiness', 'outlet', 'status', 'updated'] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
/** columns an editor may hide (the claim text and selection always stay) */
export const HIDEABLE_COLUMNS = ['outlet', 'date', 'status', 'verdict', 'assignee', 'checkworthiness', 'slots', 'updated'] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number];

const MAX_PAGE = 100_000;
const MAX_QUERY = 200;

/** a schema that yields `fallback` for anything it does not accept */
function orDefault<T>(schema: z.ZodType<T>, fallback: T) {
  return z.unknown().optional().transform((v): T => {
    const parsed = schema.safeParse(Array.isArray(v) ? v[0] : v);
    return parsed.success ? parsed.data : fallback;
  });
}

const id = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647));
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });
// better-auth ids are opaque strings: letters, digits, '-' and '_' only
const assignee = z.union([z.literal('me'), z.literal('unassigned'), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]);

export const claimsTableParamsSchema = z.object({
  q: orDefault(
    // control characters dropped: PostgreSQL text cannot hold NUL
    z.string().transform((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)),
    '',
  ),
  page: orDefault(z.coerce.number().int().min(1).max(MAX_PAGE), 1),
  size: orDefault(
    z.coerce.number().refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n)),
    25 as (typeof PAGE_SIZES)[number],
  ),
  sort: orDefault(z.enum(SORT_KEYS), 'updated' as SortKey),
  dir: orDefault(z.enum(['asc', 'desc']), 'desc' as 'asc' | 'desc'),
  status: orDefault(z.enum(CLAIM_STATUSES).nullable(), null),
  verdict: orDefault(z.enum(VERDICTS).nullable(), null),
  slot: orDefault(z.enum(SLOT_TYPES).nullable(), null),
  outlet: orDefault(id.nullable(), null),
  article: orDefault(id.nullable(), null),
  assignee: orDefault(assignee.nullable(), null),
  conflict: orDefault(z.literal('1').transform(() => true), false),
  from: orDefault(isoDate.nullable(), null),
  to: orDefault(isoDate.nullable(), null),
  hide: orDefault(
    // canonical: known columns only, once each, in table order
    z.string().transform((s) => HIDEABLE_COLUMNS.filter((c) => s.split(',').includes(c))),
    [] as HideableColumn[],
  ),
});

export type ClaimsTableParams = z.infer<typeof claimsTableParamsSchema>;

export const DEFAULT_PARAMS: ClaimsTableParams = claimsTableParamsSchema.parse({});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Never throws: every field that does not parse takes its default. */
export function parseClaimsTableParams(raw: RawParams): ClaimsTableParams {
  const obj: Record<string, string | string[] | undefined> = raw instanceof URLSearchParams ? Object.fromEntries(raw.entries()) : raw;
  return claimsTableParamsSchema.parse(obj);
}

/** The query string for a state: defaults are left out so URLs stay short and canonical. */
export function serializeClaimsTableParams(p: ClaimsTableParams): string {
  const out = new URLSearchParams();
  const d = DEFAULT_PARAMS;
  if (p.q) out.set('q', p.q);
  if (p.status) out.set('status', p.status);
  if (p.verdict) out.set('verdict', p.verdict);
  if (p.outlet) out.set('outlet', String(p.outlet));
  if (p.article) out.set('article', String(p.article));
  if (p.assignee) out.set('assignee', p.assignee);
  if (p.slot) out.set('slot', p.slot);
  if (p.conflict) out.set('conflict', '1');
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  if (p.sort !== d.sort) out.set('sort', p.sort);
  if (p.dir !== d.dir) out.set('dir', p.dir);
  if (p.size !== d.size) out.set('size', String(p.size));
  if (p.page !== d.page) out.set('page', String(p.page));
  if (p.hide.length) out.set('hide', HIDEABLE_COLUMNS.filter((c) => p.hide.includes(c)).join(','));
  return out.toString();
}

/** true when a filter or search narrows the list (drives the empty state's advice) */
export function isFiltered(p: ClaimsTableParams): boolean {
  return Boolean(p.q || p.status || p.verdict || p.outlet || p.article || p.assignee || p.slot || p.conflict || p.from || p.to);
}

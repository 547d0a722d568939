// The claims table's query: filters, Arabic search, sort and one page, as parameterized SQL built
// from Prisma.sql tagged templates only (values are always bound parameters; the only non-value
// fragments are constants chosen from closed enums). Not 'server-only': the benchmark in
// bench/claims-table runs the exact same query from a script.
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { normalizeArabic } from '../arabic';
import { isFiltered, type ClaimsTableParams } from './table-params';

/** Counting stops here: an exact count of a million rows costs more than the page itself. */
export const COUNT_CAP = 10_000;

export interface ClaimsPageIds {
  ids: number[];
  /** matching claims, exact up to COUNT_CAP */
  total: number;
  isTotalCapped: boolean;
}

/** The search key: the same normalization as claims.normalized_text (lib/arabic), so hamza, alef, ya, ta marbuta and diacritics never matter. */
export function searchKey(q: string): string {
  return normalizeArabic(q).replace(/\s+/g, ' ').trim();
}

/** LIKE treats % _ and \ specially; a search for «50%» means the characters. */
function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The search as two index-friendly parts: full text (always) and substring (3+ characters). */
function searchParts(q: string): { fts: Prisma.Sql; like: Prisma.Sql | null } | null {
  const key = searchKey(q);
  if (!key) return null;
  // Full text (Arabic stemming: «الزيارة» finds «زيارة») OR substring on the normalized text
  // (partial words, names the stemmer mangles). Substring needs 3+ characters to use the
  // trigram index; shorter queries rely on full text alone.
  const fts = Prisma.sql`to_tsvector('arabic', c.normalized_text) @@ plainto_tsquery('arabic', ${key})`;
  return { fts, like: key.length >= 3 ? Prisma.sql`c.normalized_text ILIKE ${likePattern(key)}` : null };
}

/** The search condition alone (null without a query). */
export function searchCondition(q: string): Prisma.Sql | null {
  const parts = searchParts(q);
  if (!parts) return null;
  return parts.like ? Prisma.sql`(${parts.fts} OR ${parts.like})` : parts.fts;
}

/**
 * The ids matching a search, as a UNION of the two index scans. One OR condition would make
 * PostgreSQL recheck every candidate row against both halves, computing to_tsvector per row
 * (~35 µs each); apart, the full-text half needs no recheck and the substring half only ILIKE.
 */
function searchIds(q: string): Prisma.Sql | null {
  const parts = searchParts(q);
  if (!parts) return null;
  const fts = Prisma.sql`SELECT c.id FROM claims c WHERE ${parts.fts}`;
  return parts.like ? Prisma.sql`${fts} UNION SELECT c.id FROM claims c WHERE ${parts.like}` : fts;
}

/** At most SEARCH_SET_CAP + 1 per half: an upper bound of the matches, cheap whatever the word. */
async function probeSearch(db: PrismaClient, q: string): Promise<number> {
  const parts = searchParts(q)!;
  const cap = SEARCH_SET_CAP + 1;
  const half = (cond: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM claims c WHERE ${cond} LIMIT ${cap}) t)`;
  const sum = parts.like ? Prisma.sql`${half(parts.fts)} + ${half(parts.like)}` : half(parts.fts);
  // Planner hint for this one statement: read through the search indexes. Left alone, it may
  // scan the table computing to_tsvector per row for a common word.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<{ n: number }[]>`SELECT (${sum})::int AS n`,
  ]);
  return rows[0]?.n ?? 0;
}

export function claimsWhere(
  p: ClaimsTableParams,
  userId: string,
  opts: { isSearchIncluded?: boolean } = {},
): { where: Prisma.Sql; needsArticle: boolean } {
  const conds: Prisma.Sql[] = [];
  let needsArticle = false;
  if (p.status) conds.push(Prisma.sql`c.status = ${p.status}::"ClaimStatus"`);
  if (p.verdict) conds.push(Prisma.sql`c.verdict = ${p.verdict}::"Verdict"`);
  if (p.article) conds.push(Prisma.sql`c.article_id = ${p.article}`);
  if (p.outlet) {
    needsArticle = true;
    conds.push(Prisma.sql`a.outlet_id = ${p.outlet}`);
  }
  if (p.from) {
    needsArticle = true;
    conds.push(Prisma.sql`a.published_at >= ${p.from}::date`);
  }
  if (p.to) {
    needsArticle = true;
    conds.push(Prisma.sql`a.published_at <= ${p.to}::date`);
  }
  if (p.assignee === 'unassigned') conds.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (p.assignee) conds.push(Prisma.sql`c.assignee_id = ${p.assignee === 'me' ? userId : p.assignee}`);
  if (p.slot) conds.push(Prisma.sql`EXISTS (SELECT 1 FROM claim_slots s WHERE s.claim_id = c.id AND s.type = ${p.slot}::"SlotType")`);
  if (p.conflict) {
    // two EXISTS (one per side of the stored pair) so each can use its own index
    conds.push(Prisma.sql`(EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_a_id = c.id AND l.relation = 'contradicts' AND l.state = 'suggested')
      OR EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_b_id = c.id AND l.relation = 'contradicts' AND l.state = 'suggested'))`);
  }
  const search = opts.isSearchIncluded === false ? null : searchCondition(p.q);
  if (search) conds.push(search);
  const where = conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, ' AND ')}` : Prisma.empty;
  return { where, needsArticle };
}

function orderBy(p: ClaimsTableParams): Prisma.Sql {
  const dir = p.dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  switch (p.sort) {
    case 'date':
      return Prisma.sql`ORDER BY a.published_at ${dir} NULLS LAST, c.id ${dir}`;
    case 'checkworthiness':
      return Prisma.sql`ORDER BY c.checkworthiness ${dir}, c.id ${dir}`;
    case 'outlet':
      return Prisma.sql`ORDER BY o.name ${dir} NULLS LAST, c.id ${dir}`;
    case 'status':
      return Prisma.sql`ORDER BY c.status ${dir}, c.updated_at DESC, c.id DESC`;
    case 'updated':
      return Prisma.sql`ORDER BY c.updated_at ${dir}, c.id ${dir}`;
  }
}

/** The same orders over the materialized matches `f` of a selective search. */
function orderByMatched(p: ClaimsTableParams): Prisma.Sql {
  const dir = p.dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  switch (p.sort) {
    case 'date':
      return Prisma.sql`ORDER BY f.published_at ${dir} NULLS LAST, f.id ${dir}`;
    case 'checkworthiness':
      return Prisma.sql`ORDER BY f.checkworthiness ${dir}, f.id ${dir}`;
    case 'outlet':
      return Prisma.sql`ORDER BY f.outlet_name ${dir} NULLS LAST, f.id ${dir}`;
    case 'status':
      return Prisma.sql`ORDER BY f.status ${dir}, f.updated_at DESC, f.id DESC`;
    case 'updated':
      return Prisma.sql`ORDER BY f.updated_at ${dir}, f.id ${dir}`;
  }
}

/**
 * A selective search: its matches (≤ SEARCH_SET_CAP), filtered with their sort keys, are
 * materialized, then counted exactly and sorted. Materializing keeps PostgreSQL from walking
 * the articles in date order and re-scanning the matches for each one.
 */
async function findInSearchSet(db: PrismaClient, p: ClaimsTableParams, userId: string): Promise<ClaimsPageIds> {
  const { where } = claimsWhere(p, userId, { isSearchIncluded: false });
  const offset = (p.page - 1) * p.size;
  const rows = await db.$queryRaw<{ n: number; ids: number[] }[]>`
    WITH m AS MATERIALIZED (${searchIds(p.q)}),
    f AS MATERIALIZED (
      SELECT c.id, c.checkworthiness, c.status, c.updated_at, a.published_at, o.name AS outlet_name
      FROM m JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
      ${where})
    SELECT (SELECT count(*) FROM f)::int AS n, ARRAY(SELECT f.id FROM f ${orderByMatched(p)} LIMIT ${p.size} OFFSET ${offset}) AS ids`;
  const n = rows[0]?.n ?? 0;
  return { ids: rows[0]?.ids ?? [], total: Math.min(n, COUNT_CAP), isTotalCapped: n > COUNT_CAP };
}

/**
 * Searches that match few claims are run as a materialized set of matches first, then filtered
 * and sorted: otherwise PostgreSQL, misjudging how rare a word is, may walk a sort index and
 * compute to_tsvector for every claim until it finds a page (seconds on a million claims).
 * Searches matching more than this many claims keep the single-query plan, where walking the
 * sort order finds a page quickly because matches are everywhere.
 */
export const SEARCH_SET_CAP = 10_000;

/** One page of claim ids in table order, and how many claims match (capped). */
export async function findClaimsPageIds(db: PrismaClient, p: ClaimsTableParams, userId: string): Promise<ClaimsPageIds> {
  let isSearchSet = false;
  let isKnownOverCap = false;
  if (p.q && searchKey(p.q)) {
    const bound = await probeSearch(db, p.q);
    if (bound === 0) return { ids: [], total: 0, isTotalCapped: false };
    isSearchSet = bound <= SEARCH_SET_CAP;
  }
  if (isSearchSet) return findInSearchSet(db, p, userId);
  const { where, needsArticle } = claimsWhere(p, userId);
  // a common word and nothing else: more than COUNT_CAP matches, no need to count them again
  if (p.q && !isFiltered({ ...p, q: '' })) isKnownOverCap = SEARCH_SET_CAP >= COUNT_CAP;
  const matches = Prisma.empty;
  const from = Prisma.sql`claims c`;
  const sortNeedsArticle = p.sort === 'date' || p.sort === 'outlet';
  const articleJoin = needsArticle || sortNeedsArticle ? Prisma.sql`JOIN articles a ON a.id = c.article_id` : Prisma.empty;
  const outletJoin = p.sort === 'outlet' ? Prisma.sql`LEFT JOIN outlets o ON o.id = a.outlet_id` : Prisma.empty;
  const countJoin = needsArticle ? Prisma.sql`JOIN articles a ON a.id = c.article_id` : Prisma.empty;
  const offset = (p.page - 1) * p.size;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`${matches} SELECT c.id FROM ${from} ${articleJoin} ${outletJoin} ${where} ${orderBy(p)} LIMIT ${p.size} OFFSET ${offset}`,
    isKnownOverCap
      ? Promise.resolve([{ n: COUNT_CAP + 1 }])
      : db.$queryRaw<{ n: number }[]>`${matches} SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} ${countJoin} ${where} LIMIT ${COUNT_CAP + 1}) t`,
  ]);
  const n = counted[0]?.n ?? 0;
  return { ids: rows.map((r) => r.id), total: Math.min(n, COUNT_CAP), isTotalCapped: n > COUNT_CAP };
}

export interface ClaimsTableRow {
  id: number;
  version: number;
  text: string;
  language: string;
  articleId: number;
  outlet: string | null;
  /** YYYY-MM-DD */
  articleDate: string | null;
  status: string;
  verdict: string | null;
  assignee: { id: string; name: string } | null;
  checkworthiness: number;
  /** ISO timestamp */
  updatedAt: string;
  slotTypes: string[];
  hasSuggestedConflict: boolean;
}

export interface ClaimsPage {
  rows: ClaimsTableRow[];
  total: number;
  isTotalCapped: boolean;
}

/** The rows the table shows for these URL params: ids from the SQL query, then only the fields shown. */
export async function findClaimsPageRows(db: PrismaClient, p: ClaimsTableParams, userId: string): Promise<ClaimsPage> {
  const { ids, total, isTotalCapped } = await findClaimsPageIds(db, p, userId);
  if (ids.length === 0) return { rows: [], total, isTotalCapped };
  const [claims, conflicts] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        version: true,
        text: true,
        status: true,
        verdict: true,
        checkworthiness: true,
        updatedAt: true,
        assignee: { select: { id: true, name: true } },
        article: { select: { id: true, language: true, publishedAt: true, outlet: { select: { name: true } } } },
        slots: { select: { type: true }, orderBy: { id: 'asc' } },
      },
    }),
    db.$queryRaw<{ id: number }[]>`
      SELECT claim_a_id AS id FROM claim_links WHERE relation = 'contradicts' AND state = 'suggested' AND claim_a_id IN (${Prisma.join(ids)})
      UNION
      SELECT claim_b_id AS id FROM claim_links WHERE relation = 'contradicts' AND state = 'suggested' AND claim_b_id IN (${Prisma.join(ids)})`,
  ]);
  const conflicted = new Set(conflicts.map((c) => c.id));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rows = ids.flatMap((id): ClaimsTableRow[] => {
    const c = byId.get(id);
    if (!c) return [];
    return [
      {
        id: c.id,
        version: c.version,
        text: c.text,
        language: c.article.language,
        articleId: c.article.id,
        outlet: c.article.outlet?.name ?? null,
        articleDate: c.article.publishedAt ? c.article.publishedAt.toISOString().slice(0, 10) : null,
        status: c.status,
        verdict: c.verdict,
        assignee: c.assignee,
        checkworthiness: c.checkworthiness,
        updatedAt: c.updatedAt.toISOString(),
        slotTypes: [...new Set(c.slots.map((s) => s.type))],
        hasSuggestedConflict: conflicted.has(c.id),
      },
    ];
  });
  return { rows, total, isTotalCapped };
}

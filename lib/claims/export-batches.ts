// Reads claims for an export in id order, 1,000 at a time (keyset pagination: WHERE id > last),
// so an export of 100,000 claims holds one batch in memory at a time. Takes a client so the CLI
// (its own connection) and the app (the singleton) share it.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { normalizeArabic } from '../arabic';
import { REVIEWED_STATUSES, type ExportClaim, type ExportLink, type ExportSlot } from '../export/types';
import type { ExportParams } from '../export/params';

export const EXPORT_BATCH_SIZE = 1000;

export type ExportSource = { kind: 'set'; setId: number } | { kind: 'filter'; filter: ExportParams['filter'] };

/** Which claims an export holds: the set or the filter, and only reviewed ones unless includeAll. */
export function exportWhere(source: ExportSource, includeAll: boolean): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (source.kind === 'set') and.push({ setMembers: { some: { setId: source.setId } } });
  else {
    const f = source.filter;
    if (f.status.length) and.push({ status: { in: f.status } });
    if (f.verdict.length) and.push({ verdict: { in: f.verdict } });
    if (f.outlet.length) and.push({ article: { outletId: { in: f.outlet } } });
    if (f.q) and.push({ normalizedText: { contains: normalizeArabic(f.q) } });
  }
  if (!includeAll) and.push({ status: { in: [...REVIEWED_STATUSES] } });
  return { AND: and };
}

type Ids = number[];

/** One claim with its article, outlet and fact check (one row per claim). */
interface ClaimRow {
  id: number;
  status: ExportClaim['status'];
  verdict: ExportClaim['verdict'];
  rationale: string | null;
  text: string;
  start: number;
  end: number;
  section: ExportClaim['passage']['section'];
  speaker: string | null;
  via: string | null;
  checkworthiness: number;
  question_key: string | null;
  question_label: string | null;
  article_id: number;
  title: string | null;
  url: string | null;
  published_at: string | null;
  language: string;
  outlet: string | null;
  outlet_url: string | null;
  fc_slug: string | null;
  fc_published_at: string | null;
}

/**
 * A batch's claims with their article, outlet, fact check, slots and links, in ONE query over the
 * batch's ids: slots and links come as JSON arrays of arrays (one per claim), parsed here. (Prisma's
 * nested `findMany` for the same data cost more CPU than writing the file, and several round trips
 * per batch: bench/export/RESULTS.md.) Dates are formatted by PostgreSQL exactly as
 * `Date#toISOString` writes them (an article's `published_at` is a calendar date, a fact check's a
 * UTC timestamp); float8 values go through JSON as the same doubles.
 */
async function loadBatch(db: PrismaClient, ids: Ids, siteUrl: string): Promise<ExportClaim[]> {
  const claims = await db.$queryRaw<(ClaimRow & { slots: string | null; links: string | null })[]>`
    SELECT c.id, c.status::text AS status, c.verdict::text AS verdict, c.rationale, c.text, c.start, c."end", c.section::text AS section,
           c.speaker, c.via, c.checkworthiness, c.question_key, c.question_label,
           a.id AS article_id, a.title, a.url, to_char(a.published_at, 'YYYY-MM-DD') AS published_at, a.language,
           o.name AS outlet, o.url AS outlet_url,
           f.slug AS fc_slug, to_char(f.published_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS fc_published_at,
           (SELECT json_agg(json_build_array(s.type, s.value, s.min, s.max, s.unit, s.currency, s.hedge, s.year, s.month, s.day, s.raw) ORDER BY s.id)
              FROM claim_slots s WHERE s.claim_id = c.id)::text AS slots,
           (SELECT json_agg(json_build_array(l.other, l.relation, l.state, l.origin, l.confidence, l.possibly_different_events) ORDER BY l.other)
              FROM (SELECT claim_b_id AS other, relation, state, origin, confidence, possibly_different_events FROM claim_links
                     WHERE claim_a_id = c.id AND state <> 'rejected'
                    UNION ALL
                    SELECT claim_a_id, relation, state, origin, confidence, possibly_different_events FROM claim_links
                     WHERE claim_b_id = c.id AND state <> 'rejected') l)::text AS links
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN outlets o ON o.id = a.outlet_id
      LEFT JOIN fact_checks f ON f.claim_id = c.id
     WHERE c.id = ANY(${ids}::int[])
     ORDER BY c.id`;
  return claims.map((r) => {
    const slots: ExportSlot[] = r.slots
      ? (JSON.parse(r.slots) as SlotTuple[]).map(([type, value, min, max, unit, currency, hedge, year, month, day, raw]) => ({ type, value: num(value), min: num(min), max: num(max), unit, currency, hedge, year, month, day, raw }))
      : [];
    const links: ExportLink[] = r.links
      ? (JSON.parse(r.links) as LinkTuple[]).map(([claimId, relation, state, origin, confidence, possiblyDifferentEvents]) => ({ claimId, relation, state, origin, confidence: num(confidence), possiblyDifferentEvents }))
      : [];
    return toExportClaim(r, slots, links, siteUrl);
  });
}

/** JSON has no NaN or Infinity: PostgreSQL writes them as strings, Prisma would have read the number. */
function num(v: number | string | null): number | null {
  return typeof v === 'string' ? Number(v) : v;
}

type Num = number | string | null;
type SlotTuple = [ExportSlot['type'], Num, Num, Num, string | null, string | null, ExportSlot['hedge'], number | null, number | null, number | null, string];
type LinkTuple = [number, ExportLink['relation'], ExportLink['state'], ExportLink['origin'], Num, boolean];

/** Key order here is the key order in the files (lib/export/types.ts): keep it. */
function toExportClaim(r: ClaimRow, slots: ExportSlot[], links: ExportLink[], siteUrl: string): ExportClaim {
  const fc = r.fc_slug !== null && r.fc_published_at !== null ? { slug: r.fc_slug, publishedAt: r.fc_published_at } : null;
  return {
    id: r.id,
    status: r.status,
    verdict: r.verdict,
    rationale: r.rationale,
    passage: { text: r.text, start: r.start, end: r.end, section: r.section },
    speaker: r.speaker,
    via: r.via,
    checkworthiness: r.checkworthiness,
    questionKey: r.question_key,
    questionLabel: r.question_label,
    source: {
      outlet: r.outlet,
      outletUrl: r.outlet_url,
      articleId: r.article_id,
      title: r.title,
      url: r.url,
      publishedAt: r.published_at,
      language: r.language,
    },
    slots,
    links,
    factCheck: fc ? { slug: fc.slug, url: `${siteUrl}/ar/fact-checks/${fc.slug}`, publishedAt: fc.publishedAt } : null,
  };
}

/**
 * The claims matching `where`, in id order, `batchSize` at a time: the ids through Prisma (the
 * filter stays one Prisma where, shared with the claims table), the rows through loadBatch. While
 * the caller writes one batch, the next one is already being read (at most two batches in memory,
 * whatever the size of the export), so the database and the formatting overlap instead of
 * taking turns.
 */
export async function* readExportBatches(
  db: PrismaClient,
  where: Prisma.ClaimWhereInput,
  siteUrl: string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportClaim[]> {
  const fetchAfter = async (after: number): Promise<{ claims: ExportClaim[]; last: number; isFull: boolean } | null> => {
    const rows = await db.claim.findMany({ where: { AND: [where, { id: { gt: after } }] }, orderBy: { id: 'asc' }, take: batchSize, select: { id: true } });
    if (rows.length === 0) return null;
    const ids = rows.map((r) => r.id);
    return { claims: await loadBatch(db, ids, siteUrl), last: ids[ids.length - 1], isFull: rows.length === batchSize };
  };
  let next = fetchAfter(0);
  for (;;) {
    const batch = await next;
    if (!batch) return;
    next = batch.isFull ? fetchAfter(batch.last) : Promise.resolve(null);
    // if the caller stops here (a cancelled download), the read ahead must not become an
    // unhandled rejection; when it is awaited above, its error is thrown there as usual
    next.catch(() => {});
    yield batch.claims;
  }
}

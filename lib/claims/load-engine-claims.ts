// Loads claims in the shape toEngineClaim reads, in ONE query (slots and entity mentions as JSON
// arrays): Prisma's nested select costs five round trips and object mapping per batch, which
// dominated the full re-match (bench/matching-db/RESULTS.md).
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { EngineClaimRow } from './to-engine-claim';

/** Claims by id, or all claims of the given articles; ordered by id. */
export async function loadEngineClaims(db: PrismaClient, by: { claimIds?: number[]; articleIds?: number[] }): Promise<EngineClaimRow[]> {
  const where = by.claimIds ? Prisma.sql`c.id = ANY(${by.claimIds}::int[])` : Prisma.sql`c.article_id = ANY(${by.articleIds ?? []}::int[])`;
  return db.$queryRaw<EngineClaimRow[]>`
    SELECT c.id, c.article_id AS "articleId", c.text, c.start, c."end", c.section::text AS section, c.checkworthiness, c.reasons,
           c.speaker, c.via, a.published_at AS "publishedAt",
           COALESCE((SELECT json_agg(json_build_object(
               'type', s.type, 'value', s.value, 'min', s.min, 'max', s.max, 'unit', s.unit, 'currency', s.currency,
               'hedge', s.hedge, 'year', s.year, 'month', s.month, 'day', s.day, 'weekday', s.weekday, 'relative', s.relative,
               'raw', s.raw, 'start', s.start, 'end', s."end") ORDER BY s.start, s.id)
             FROM claim_slots s WHERE s.claim_id = c.id), '[]'::json) AS slots,
           COALESCE((SELECT json_agg(json_build_object('type', e.type, 'name', e.name) ORDER BY m.id)
             FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.claim_id = c.id), '[]'::json) AS entities
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE ${where}
    ORDER BY c.id`;
}

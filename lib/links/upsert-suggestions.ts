// Writes the matcher's suggestions. One statement per batch; the WHERE of ON CONFLICT is the
// rule that protects editors: only a link that is still (origin suggested, state suggested) may
// be changed, and only when the engine's answer differs (no churn on a re-run).
import type { PrismaClient } from '../generated/prisma/client';
import type { ClaimComparison } from '../matching';

export interface Suggestion extends ClaimComparison {
  /** claim ids, a < b (the table's CHECK constraint) */
  a: number;
  b: number;
}

const CHUNK = 5000;

/** Inserts new suggestions and updates changed ones; returns how many rows were written. */
export async function upsertSuggestions(db: PrismaClient, list: Suggestion[]): Promise<number> {
  // A stable order: two imports upserting overlapping pairs lock rows in the same order.
  const sorted = [...list].sort((x, y) => x.a - y.a || x.b - y.b);
  let written = 0;
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const part = sorted.slice(i, i + CHUNK);
    written += await db.$executeRaw`
      INSERT INTO claim_links (claim_a_id, claim_b_id, relation, origin, state, confidence, possibly_different_events, explanation, updated_at)
      SELECT v.a, v.b, v.r::"LinkRelation", 'suggested', 'suggested', v.c, v.p, v.e, now()
      FROM unnest(${part.map((s) => s.a)}::int[], ${part.map((s) => s.b)}::int[], ${part.map((s) => s.relation)}::text[],
                  ${part.map((s) => s.confidence)}::float8[], ${part.map((s) => s.possiblyDifferentEvents)}::bool[],
                  ${part.map((s) => s.explanation)}::text[]) AS v(a, b, r, c, p, e)
      WHERE v.a < v.b
      ON CONFLICT (claim_a_id, claim_b_id) DO UPDATE SET
        relation = EXCLUDED.relation, confidence = EXCLUDED.confidence,
        possibly_different_events = EXCLUDED.possibly_different_events, explanation = EXCLUDED.explanation,
        version = claim_links.version + 1, updated_at = now()
      WHERE claim_links.state = 'suggested' AND claim_links.origin = 'suggested'
        AND (claim_links.relation, claim_links.confidence, claim_links.possibly_different_events, claim_links.explanation)
            IS DISTINCT FROM (EXCLUDED.relation, EXCLUDED.confidence, EXCLUDED.possibly_different_events, EXCLUDED.explanation)`;
  }
  return written;
}

/** Pairs the engine compared and no longer links: their untouched suggestions go; decisions stay. */
export async function dropStaleSuggestions(db: PrismaClient, pairs: Array<[number, number]>): Promise<number> {
  let removed = 0;
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const part = pairs.slice(i, i + CHUNK);
    removed += await db.$executeRaw`
      DELETE FROM claim_links l USING unnest(${part.map((p) => p[0])}::int[], ${part.map((p) => p[1])}::int[]) AS v(a, b)
      WHERE l.claim_a_id = v.a AND l.claim_b_id = v.b AND l.state = 'suggested' AND l.origin = 'suggested'`;
  }
  return removed;
}

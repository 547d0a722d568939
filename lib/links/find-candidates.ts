// Candidate claims for matching, found by PostgreSQL's indexes instead of comparing every pair.
// For each source claim, from OTHER articles only, each source capped at `perSource` rows:
//  - the same question (claims.question_key, btree (question_key, id)): the nearest claims by id,
//    i.e. the most recently stored ones, so a question asked in 5,000 claims costs 2·k rows;
//  - a shared person (entity_mentions, btree (entity_id, claim_id)), same nearest-by-id rule;
//  - near-identical wording (pg_trgm GIN on normalized_text, similarity ≥ `trigramThreshold`),
//    the rewrites of one wire story where a negation flip is the only difference;
//  - shared rare words (claims.search_vector = to_tsvector('arabic', normalized_text), GIN): the source's two longest stems AND-ed,
//    so common short words never expand into thousands of rows.
// `direction: 'earlier'` looks only at claims with a smaller id (replaying ingestion in id order,
// which the full re-match does, so each pair is found once, from its later claim).
import { Prisma, type PrismaClient } from '../generated/prisma/client';

export interface CandidateOptions {
  perSource?: number;
  direction?: 'both' | 'earlier';
  trigramThreshold?: number;
  /**
   * the trigram source scans the posting lists of every trigram of the claim, so its cost grows
   * with the archive: it runs under this statement timeout (ms) and is skipped when it expires;
   * 0 leaves it out (the full re-match does, see bench/matching-db/RESULTS.md). Default 500.
   */
  trigramTimeoutMs?: number;
  /** the rare-words source (full text); the full re-match leaves it out for speed. Default true */
  isWordsUsed?: boolean;
}

export interface SourceClaim {
  id: number;
  articleId: number;
  /** every question key the claim's figures answer (the column holds only the main one) */
  questionKeys: string[];
}

const WEIGHT = { question: 3, person: 1.5, words: 1, trigram: 2 } as const;

/** Map source claim id → candidate claim id → score (higher = more reasons to compare). */
export async function findCandidates(db: PrismaClient, sources: SourceClaim[], opts: CandidateOptions = {}): Promise<Map<number, Map<number, number>>> {
  const k = opts.perSource ?? 6;
  const both = (opts.direction ?? 'both') === 'both';
  const out = new Map<number, Map<number, number>>();
  if (sources.length === 0) return out;
  const add = (src: number, cand: number, w: number) => {
    if (src === cand) return;
    const m = out.get(src) ?? new Map<number, number>();
    m.set(cand, (m.get(cand) ?? 0) + w);
    out.set(src, m);
  };
  const ids = sources.map((s) => s.id);
  const qIds: number[] = [];
  const qKeys: string[] = [];
  for (const s of sources) for (const q of s.questionKeys) (qIds.push(s.id), qKeys.push(q));

  const later = (sql: Prisma.Sql) => (both ? Prisma.sql`UNION ALL (${sql})` : Prisma.empty);

  if (qIds.length) {
    const rows = await db.$queryRaw<Array<{ src: number; cand: number }>>`
      SELECT q.id AS src, o.id AS cand
      FROM unnest(${qIds}::int[], ${qKeys}::text[]) AS q(id, key)
      JOIN claims s ON s.id = q.id
      CROSS JOIN LATERAL (
        (SELECT o.id FROM claims o WHERE o.question_key = q.key AND o.id < s.id AND o.article_id <> s.article_id ORDER BY o.id DESC LIMIT ${k})
        ${later(Prisma.sql`SELECT o.id FROM claims o WHERE o.question_key = q.key AND o.id > s.id AND o.article_id <> s.article_id ORDER BY o.id ASC LIMIT ${k}`)}
      ) o`;
    for (const r of rows) add(r.src, r.cand, WEIGHT.question);
  }

  // Per (article, person), not per claim: walking the (entity_id, claim_id) index back from each
  // claim stepped over every mention in the claim's own article first, which grew with the square
  // of a long article that names one person in thousands of claims.
  const persons = await db.$queryRaw<Array<{ src: number; cand: number }>>`
    WITH m AS MATERIALIZED (
      SELECT s.id, s.article_id, m.entity_id
      FROM claims s
      JOIN entity_mentions m ON m.claim_id = s.id
      JOIN entities e ON e.id = m.entity_id AND e.type = 'person'
      WHERE s.id = ANY(${ids}::int[])
    ), g AS MATERIALIZED (
      SELECT article_id, entity_id, min(id) AS min_id, max(id) AS max_id FROM m GROUP BY article_id, entity_id
    ), hits AS MATERIALIZED (
      SELECT g.article_id, g.entity_id, o.claim_id AS cand
      FROM g CROSS JOIN LATERAL (
        (SELECT o.claim_id FROM entity_mentions o WHERE o.entity_id = g.entity_id AND o.claim_id < g.max_id AND o.article_id <> g.article_id ORDER BY o.claim_id DESC LIMIT ${k})
        ${later(Prisma.sql`SELECT o.claim_id FROM entity_mentions o WHERE o.entity_id = g.entity_id AND o.claim_id > g.min_id AND o.article_id <> g.article_id ORDER BY o.claim_id ASC LIMIT ${k}`)}
      ) o
    )
    SELECT DISTINCT m.id AS src, h.cand
    FROM m JOIN hits h ON h.article_id = m.article_id AND h.entity_id = m.entity_id
    WHERE ${both ? Prisma.sql`h.cand <> m.id` : Prisma.sql`h.cand < m.id`}`;
  for (const r of persons) add(r.src, r.cand, WEIGHT.person);

  const idOrder = both ? Prisma.sql`o.id <> s.id` : Prisma.sql`o.id < s.id`;
  const threshold = opts.trigramThreshold ?? 0.45;
  const timeoutMs = opts.trigramTimeoutMs ?? 500;
  let trigram: Array<{ src: number; cand: number; sim: number }> = [];
  if (timeoutMs > 0) {
    try {
      // The % operator reads pg_trgm.similarity_threshold; both settings hold for this transaction only.
      trigram = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true), set_config('statement_timeout', ${String(timeoutMs)}, true)`;
        return tx.$queryRaw<Array<{ src: number; cand: number; sim: number }>>`
          SELECT s.id AS src, o.id AS cand, o.sim
          FROM claims s
          CROSS JOIN LATERAL (
            SELECT o.id, similarity(o.normalized_text, s.normalized_text) AS sim FROM claims o
            WHERE o.normalized_text % s.normalized_text AND ${idOrder} AND o.article_id <> s.article_id
            ORDER BY sim DESC, o.id DESC LIMIT ${k}
          ) o
          WHERE s.id = ANY(${ids}::int[])`;
      }, { timeout: timeoutMs + 5000 });
    } catch (e) {
      if (!/statement timeout|57014/.test(String((e as Error).message) + String((e as { code?: string }).code))) throw e;
      // near-duplicate wording is a bonus source; the others have already run
    }
  }
  for (const r of trigram) add(r.src, r.cand, WEIGHT.trigram * r.sim);

  if (opts.isWordsUsed === false) return out;
  // One lookup per distinct (article, query), not per claim: a long article repeats its words
  // (a 2 MB article of 5,000 claims asks a few hundred distinct queries), and each lookup reads
  // every claim holding both words, the article's own included, so per-claim lookups grew with
  // the square of the article. `o.id + 0` keeps the planner on the full-text index: with fresh,
  // unanalyzed rows it otherwise walked the primary key over every earlier claim, testing each
  // (bench/large-article/RESULTS.md: then with to_tsvector per row; now it reads the stored
  // search_vector, but the walk is still the wrong plan). With direction 'earlier' a group looks
  // below its highest claim and each claim keeps the hits below itself.
  const words = await db.$queryRaw<Array<{ src: number; cand: number }>>`
    WITH lex AS (
      SELECT s.id, s.article_id, array_agg(l ORDER BY length(l) DESC, l) AS ls
      FROM claims s, unnest(tsvector_to_array(s.search_vector)) AS l
      WHERE s.id = ANY(${ids}::int[]) AND length(l) >= 4
      GROUP BY s.id, s.article_id
    ), q AS MATERIALIZED (
      SELECT id, article_id, quote_literal(ls[1]) || ' & ' || quote_literal(ls[2]) AS query
      FROM lex WHERE cardinality(ls) >= 2
    ), g AS MATERIALIZED (
      SELECT article_id, query, max(id) AS max_id FROM q GROUP BY article_id, query
    ), hits AS MATERIALIZED (
      SELECT g.article_id, g.query, o.id AS cand
      FROM g CROSS JOIN LATERAL (
        SELECT o.id FROM claims o
        WHERE o.search_vector @@ g.query::tsquery AND o.article_id <> g.article_id ${both ? Prisma.empty : Prisma.sql`AND o.id + 0 < g.max_id`}
        ORDER BY o.id + 0 DESC LIMIT ${k}
      ) o
    )
    SELECT q.id AS src, h.cand
    FROM q JOIN hits h ON h.article_id = q.article_id AND h.query = q.query ${both ? Prisma.empty : Prisma.sql`AND h.cand < q.id`}`;
  for (const r of words) add(r.src, r.cand, WEIGHT.words);

  return out;
}

/** The best `max` candidates of one source by score (ties: the nearer id). */
export function topCandidates(scores: Map<number, number> | undefined, srcId: number, max: number): number[] {
  if (!scores) return [];
  return [...scores.entries()]
    .sort((x, y) => y[1] - x[1] || Math.abs(x[0] - srcId) - Math.abs(y[0] - srcId))
    .slice(0, max)
    .map(([id]) => id);
}

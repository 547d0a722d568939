// Writes the good articles of one bulk-import chunk with a handful of multi-row statements over
// the caller's transaction (lib/imports/process-batch.ts): outlets, articles with their audit rows
// (ON CONFLICT DO NOTHING on the content hash: a duplicate, in the chunk or against the database,
// reports the stored article's id; one audit row per stored article, in the same statement),
// claims, slots, entities, mentions. Rows are built by the same functions as the single-article
// writer (lib/articles/ingest-article.ts). Every statement is raw `INSERT … SELECT FROM unnest(…)`
// with one array parameter per column: Prisma's createMany compiles each row's values in the
// query compiler, which was the largest CPU cost of a bulk import (bench/ingestion/RESULTS.md).
import type { Prisma } from '../generated/prisma/client';
import { articleAuditEntry, articleRow, outletKeyOf, storeClaimsOfArticles, type PreparedArticle } from '../articles/ingest-article';

export type ChunkArticleOutcome = { status: 'stored'; articleId: number; claimIds: number[] } | { status: 'duplicate'; articleId: number };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One outcome per prepared article, in the same order. */
export async function writeChunk(tx: Prisma.TransactionClient, prepared: PreparedArticle[], actorId: string | null): Promise<ChunkArticleOutcome[]> {
  if (prepared.length === 0) return [];
  const outletIds = await upsertOutlets(tx, prepared);

  // The first item with a given text is the one stored; later ones in the chunk are duplicates.
  const firstOf = new Map<string, number>();
  prepared.forEach((p, i) => {
    if (!firstOf.has(p.contentHash)) firstOf.set(p.contentHash, i);
  });
  // A fixed (hash) order, so two workers that race on the same texts wait instead of deadlocking.
  const firsts = [...firstOf.entries()].sort(([a], [b]) => byKey(a, b)).map(([, i]) => prepared[i]);
  const inserted = await insertArticles(tx, firsts, actorId, outletIds);
  const newId = new Map(inserted.map((a) => [a.contentHash, a.id]));
  const skipped = firsts.filter((p) => !newId.has(p.contentHash)).map((p) => p.contentHash);
  const existingId = new Map<string, number>();
  if (skipped.length) {
    // a new statement: it sees the article a concurrent import committed while this one waited
    const rows = await tx.$queryRaw<{ id: number; content_hash: string }[]>`
      SELECT id, content_hash FROM articles WHERE content_hash = ANY(${skipped}::text[])`;
    for (const r of rows) existingId.set(r.content_hash, r.id);
  }

  const stored = firsts.filter((p) => newId.has(p.contentHash));
  const claimIds = await storeClaimsOfArticles(
    tx,
    stored.map((p) => ({ articleId: newId.get(p.contentHash)!, claims: p.claims })),
  );

  return prepared.map((p, i) => {
    const id = newId.get(p.contentHash);
    if (id !== undefined && firstOf.get(p.contentHash) === i) return { status: 'stored', articleId: id, claimIds: claimIds.get(id) ?? [] };
    const dup = id ?? existingId.get(p.contentHash);
    // ON CONFLICT skipped the row, so a committed article with this hash exists and is visible
    if (dup === undefined) throw new Error(`article with hash ${p.contentHash} neither inserted nor found`);
    return { status: 'duplicate', articleId: dup };
  });
}

/**
 * The articles (in the given order), skipping those whose content hash is stored already, and one
 * audit row per article inserted, in one statement. Returns the inserted ones' ids.
 */
async function insertArticles(
  tx: Prisma.TransactionClient,
  firsts: PreparedArticle[],
  actorId: string | null,
  outletIds: Map<string, number>,
): Promise<{ id: number; contentHash: string }[]> {
  const rows = firsts.map((p) => articleRow(p, actorId, p.outletName ? (outletIds.get(outletKeyOf(p.outletName)) ?? null) : null));
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  // the audit entry's article id is filled in by the statement; the rest is known now
  const after = firsts.map((p) => JSON.stringify(articleAuditEntry(p, 0, actorId).after));
  const inserted = await tx.$queryRaw<{ id: number; content_hash: string }[]>`
    WITH u AS (
      SELECT * FROM unnest(${col((r) => r.outletId ?? null)}::int[], ${col((r) => r.title ?? null)}::text[], ${col((r) => r.excerpt ?? null)}::text[],
                           ${col((r) => r.url ?? null)}::text[], ${col((r) => dateOnly(r.publishedAt))}::date[], ${col((r) => r.language ?? 'ar')}::text[],
                           ${col((r) => r.text)}::text[], ${col((r) => r.contentHash)}::text[], ${col((r) => r.sourceName ?? null)}::text[],
                           ${col((r) => r.encoding ?? null)}::text[], ${after}::text[])
             WITH ORDINALITY AS u(outlet_id, title, excerpt, url, published_at, language, text, content_hash, source_name, encoding, after, ord)
    ), ins AS (
      INSERT INTO articles (outlet_id, title, excerpt, url, published_at, language, text, content_hash, source_name, encoding, imported_by_id, updated_at)
      SELECT outlet_id, title, excerpt, url, published_at, language, text, content_hash, source_name, encoding, ${actorId}, now()
        FROM u ORDER BY ord
      ON CONFLICT DO NOTHING
      RETURNING id, content_hash
    ), audit AS (
      INSERT INTO audit_log (actor_id, entity_type, entity_id, action, after)
      SELECT ${actorId}, 'article', ins.id::text, 'import', u.after::jsonb
        FROM ins JOIN u ON u.content_hash = ins.content_hash
       ORDER BY u.ord
    )
    SELECT ins.id, ins.content_hash FROM ins JOIN u ON u.content_hash = ins.content_hash ORDER BY u.ord`;
  return inserted.map((r) => ({ id: r.id, contentHash: r.content_hash }));
}

/** A calendar date as YYYY-MM-DD (the article's published_at is a date column). */
function dateOnly(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  return (typeof d === 'string' ? new Date(d) : d).toISOString().slice(0, 10);
}

async function upsertOutlets(tx: Prisma.TransactionClient, prepared: PreparedArticle[]): Promise<Map<string, number>> {
  const byKeyName = new Map<string, string>();
  for (const p of prepared) if (p.outletName) byKeyName.set(outletKeyOf(p.outletName), p.outletName);
  const ids = new Map<string, number>();
  if (byKeyName.size === 0) return ids;
  const rows = [...byKeyName.entries()].sort(([a], [b]) => byKey(a, b)).map(([nameKey, name]) => ({ name, nameKey }));
  const names = rows.map((r) => r.name);
  const keys = rows.map((r) => r.nameKey);
  await tx.$executeRaw`
    INSERT INTO outlets (name, name_key)
    SELECT u.name, u.name_key FROM unnest(${names}::text[], ${keys}::text[]) WITH ORDINALITY AS u(name, name_key, ord) ORDER BY u.ord
    ON CONFLICT DO NOTHING`;
  const found = await tx.$queryRaw<{ id: number; name: string; name_key: string }[]>`
    SELECT id, name, name_key FROM outlets WHERE name_key = ANY(${keys}::text[]) OR name = ANY(${names}::text[])`;
  for (const o of found) ids.set(o.name_key, o.id);
  // an outlet stored under the same name but another key (an older normalization) is still that outlet
  for (const r of rows) {
    if (ids.has(r.nameKey)) continue;
    const o = found.find((f) => f.name === r.name);
    if (o) ids.set(r.nameKey, o.id);
  }
  return ids;
}

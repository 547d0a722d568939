// Writes the good articles of one bulk-import chunk with a handful of multi-row statements over
// the caller's transaction (lib/imports/process-batch.ts): outlets, articles (ON CONFLICT on the
// content hash DO NOTHING: a duplicate, in the chunk or against the database, reports the stored
// article's id), claims, slots, entities, mentions, one audit row per stored article. Rows are
// built by the same functions as the single-article writer (lib/articles/ingest-article.ts).
import type { Prisma } from '../generated/prisma/client';
import { articleAuditEntry, articleRow, outletKeyOf, storeClaimsOfArticles, type PreparedArticle } from '../articles/ingest-article';
import { writeAudits } from '../audit/write-audit';

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
  const inserted = await tx.article.createManyAndReturn({
    data: firsts.map((p) => articleRow(p, actorId, p.outletName ? (outletIds.get(outletKeyOf(p.outletName)) ?? null) : null)),
    skipDuplicates: true,
    select: { id: true, contentHash: true },
  });
  const newId = new Map(inserted.map((a) => [a.contentHash, a.id]));
  const skipped = firsts.filter((p) => !newId.has(p.contentHash)).map((p) => p.contentHash);
  const existingId = new Map<string, number>();
  if (skipped.length) {
    const rows = await tx.article.findMany({ where: { contentHash: { in: skipped } }, select: { id: true, contentHash: true } });
    for (const r of rows) existingId.set(r.contentHash, r.id);
  }

  const stored = firsts.filter((p) => newId.has(p.contentHash));
  const claimIds = await storeClaimsOfArticles(
    tx,
    stored.map((p) => ({ articleId: newId.get(p.contentHash)!, claims: p.claims })),
  );
  await writeAudits(
    tx,
    stored.map((p) => articleAuditEntry(p, newId.get(p.contentHash)!, actorId)),
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

async function upsertOutlets(tx: Prisma.TransactionClient, prepared: PreparedArticle[]): Promise<Map<string, number>> {
  const byKeyName = new Map<string, string>();
  for (const p of prepared) if (p.outletName) byKeyName.set(outletKeyOf(p.outletName), p.outletName);
  const ids = new Map<string, number>();
  if (byKeyName.size === 0) return ids;
  const rows = [...byKeyName.entries()].sort(([a], [b]) => byKey(a, b)).map(([nameKey, name]) => ({ name, nameKey }));
  await tx.outlet.createMany({ data: rows, skipDuplicates: true });
  const found = await tx.outlet.findMany({
    where: { OR: [{ nameKey: { in: rows.map((r) => r.nameKey) } }, { name: { in: rows.map((r) => r.name) } }] },
    select: { id: true, name: true, nameKey: true },
  });
  for (const o of found) ids.set(o.nameKey, o.id);
  // an outlet stored under the same name but another key (an older normalization) is still that outlet
  for (const r of rows) {
    if (ids.has(r.nameKey)) continue;
    const o = found.find((f) => f.name === r.name);
    if (o) ids.set(r.nameKey, o.id);
  }
  return ids;
}

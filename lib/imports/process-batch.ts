// The bulk-import worker's unit of work: a CHUNK of pending items of a batch (50 by default),
// claimed with `FOR UPDATE SKIP LOCKED` (two workers — two app instances, or two jobs for one
// batch — never take the same item), decoded and extracted one by one, then written together
// (lib/imports/write-chunk.ts: one multi-row statement per table) with every item's status, in
// ONE transaction. A file that cannot be read is marked failed with its reason in that same
// transaction and never blocks the others; a crash or a database error rolls the whole chunk
// back, leaving its items `pending` and no half article, and the next run takes them again.
//
// Matching (suggested links) is NOT run per article here: after each chunk commits, the chunk's
// new claims are matched together, each against the claims stored before it
// (runAfterChunkStored → suggestLinksForClaims, direction 'earlier'), which gives the same links
// as matching article by article in id order, in one candidate query and one upsert per chunk
// (bench/ingestion/RESULTS.md). Single imports (paste, upload, URL) still call afterArticleStored.
import { readArticleFile } from '../articles/read-article-file';
import { prepareArticle, isUniqueViolation, type PreparedArticle } from '../articles/ingest-article';
import { runAfterChunkStored } from '../articles/after-article-stored';
import { DecodeError } from '../extraction/decode';
import type { PrismaClient } from '../generated/prisma/client';
import { writeChunk } from './write-chunk';

export type ItemOutcome = { itemId: number; status: 'stored' | 'duplicate'; articleId: number } | { itemId: number; status: 'failed'; error: string };

export interface ProcessOptions {
  /** items per transaction (default 50) */
  chunkSize?: number;
  /** match the chunk's new claims after its commit (default true) */
  isMatching?: boolean;
  /** called with the time spent writing and matching each chunk (the benchmark) */
  onChunk?: (t: { items: number; writeMs: number; matchMs: number }) => void;
}

export const DEFAULT_CHUNK_SIZE = 50;

/** Processes up to `chunkSize` pending items in one transaction; null when none is left. */
export async function processNextChunk(db: PrismaClient, batchId: number, opts: ProcessOptions = {}): Promise<ItemOutcome[] | null> {
  const size = opts.chunkSize ?? DEFAULT_CHUNK_SIZE;
  for (let attempt = 0; ; attempt++) {
    try {
      const t0 = performance.now();
      const result = await db.$transaction(
        async (tx) => {
          // Safe here: the articles and their items' statuses commit together, so a commit lost
          // in a crash loses both and the items are simply processed again.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const items = await tx.$queryRaw<{ id: number; name: string; content: Uint8Array | null; actor: string | null }[]>`
            SELECT i.id, i.name, i.content, b.created_by_id AS actor
              FROM import_items i JOIN import_batches b ON b.id = i.batch_id
             WHERE i.batch_id = ${batchId} AND i.status = 'pending'
             ORDER BY i.id
             LIMIT ${size}
               FOR UPDATE OF i SKIP LOCKED`;
          if (items.length === 0) return null;
          const outcomes = new Map<number, ItemOutcome>();
          const good: { itemId: number; prepared: PreparedArticle }[] = [];
          for (const item of items) {
            if (!item.content) {
              outcomes.set(item.id, { itemId: item.id, status: 'failed', error: 'no_text' });
              continue;
            }
            try {
              const file = readArticleFile(item.content, item.name);
              good.push({ itemId: item.id, prepared: prepareArticle({ text: file.text, title: file.title, encoding: file.encoding, sourceName: item.name }) });
            } catch (e) {
              // A bug in the pure reading/extraction code is this file's failure, not a reason to
              // retry it forever; database errors (below) roll back and leave the chunk pending.
              if (!(e instanceof DecodeError)) console.error(`[import] item ${item.id} (${item.name}):`, e);
              outcomes.set(item.id, { itemId: item.id, status: 'failed', error: e instanceof DecodeError ? e.reason : 'internal' });
            }
          }
          // one batch ⇒ one actor for the whole chunk
          const written = await writeChunk(
            tx,
            good.map((g) => g.prepared),
            items[0].actor,
          );
          const claimIds: number[] = [];
          good.forEach((g, i) => {
            const w = written[i];
            outcomes.set(g.itemId, { itemId: g.itemId, status: w.status, articleId: w.articleId });
            if (w.status === 'stored') claimIds.push(...w.claimIds);
          });
          const list = items.map((i) => outcomes.get(i.id)!);
          await tx.$executeRaw`
            UPDATE import_items AS i
               SET status = u.status::"ImportItemStatus", article_id = u.article_id, error = u.error, content = NULL, updated_at = now()
              FROM unnest(${list.map((o) => o.itemId)}::int[], ${list.map((o) => o.status)}::text[],
                          ${list.map((o) => (o.status === 'failed' ? null : o.articleId))}::int[],
                          ${list.map((o) => (o.status === 'failed' ? o.error : null))}::text[]) AS u(id, status, article_id, error)
             WHERE i.id = u.id`;
          return { list, claimIds };
        },
        { timeout: 120_000 },
      );
      if (!result) return null;
      const t1 = performance.now();
      if (opts.isMatching ?? true) await runAfterChunkStored(result.claimIds, db);
      opts.onChunk?.({ items: result.list.length, writeMs: t1 - t0, matchMs: performance.now() - t1 });
      return result.list;
    } catch (e) {
      // Two workers racing on the same new entities or texts: the transaction rolled back, the
      // chunk is still pending; the next attempt sees the other's rows.
      if ((isUniqueViolation(e) || isDeadlock(e)) && attempt < 2) continue;
      throw e;
    }
  }
}

function isDeadlock(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === 'P2034' || err?.code === '40P01' || /deadlock detected/i.test(err?.message ?? '');
}

/** Processes a batch's pending items until none is left (or `shouldStop` says so); then closes it. */
export async function processBatch(db: PrismaClient, batchId: number, shouldStop: () => boolean = () => false, opts: ProcessOptions = {}): Promise<number> {
  let processed = 0;
  while (!shouldStop()) {
    let outcomes: ItemOutcome[] | null;
    try {
      outcomes = await processNextChunk(db, batchId, opts);
    } catch (e) {
      // Not the files' fault (database down, a bug): keep the chunk pending for the next run.
      console.error(`[import] batch ${batchId}:`, e);
      throw e;
    }
    if (!outcomes) break;
    processed += outcomes.length;
  }
  await finishBatchIfDone(db, batchId);
  return processed;
}

/** Closes a running batch once no item is pending (an item another worker holds still counts). */
export async function finishBatchIfDone(db: PrismaClient, batchId: number): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE import_batches SET status = 'done', finished_at = now()
     WHERE id = ${batchId} AND status = 'running'
       AND NOT EXISTS (SELECT 1 FROM import_items WHERE batch_id = ${batchId} AND status = 'pending')`;
  return n > 0;
}

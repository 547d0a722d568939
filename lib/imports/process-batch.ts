// The bulk-import worker's unit of work: take one pending item of a batch, turn its bytes into an
// article and mark the item, all in ONE transaction. The item row is claimed with
// `FOR UPDATE SKIP LOCKED`, so two workers (two app instances, or two jobs for one batch) never
// take the same item; a crash or a database error rolls everything back, leaving the item
// `pending` and no half article, and the next run takes it again.
import { readArticleFile } from '../articles/read-article-file';
import { prepareArticle, writeArticle, isUniqueViolation } from '../articles/ingest-article';
import { runAfterArticleStored } from '../articles/after-article-stored';
import { DecodeError } from '../extraction/decode';
import type { PrismaClient } from '../generated/prisma/client';

export type ItemOutcome = { itemId: number; status: 'stored' | 'duplicate'; articleId: number } | { itemId: number; status: 'failed'; error: string };

export async function processNextItem(db: PrismaClient, batchId: number): Promise<ItemOutcome | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await db.$transaction(
        async (tx) => {
          // Safe here: the article and its item's status commit together, so a commit lost in a
          // crash loses both and the item is simply processed again. Saves a disk flush per file.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const rows = await tx.$queryRaw<{ id: number; name: string; content: Uint8Array | null; actor: string | null }[]>`
            SELECT i.id, i.name, i.content, b.created_by_id AS actor
              FROM import_items i JOIN import_batches b ON b.id = i.batch_id
             WHERE i.batch_id = ${batchId} AND i.status = 'pending'
             ORDER BY i.id
             LIMIT 1
               FOR UPDATE OF i SKIP LOCKED`;
          const item = rows[0];
          if (!item) return null;
          const fail = async (error: string): Promise<ItemOutcome> => {
            await tx.importItem.update({ where: { id: item.id }, data: { status: 'failed', error, content: null } });
            return { itemId: item.id, status: 'failed', error };
          };
          if (!item.content) return fail('no_text');
          let prepared;
          try {
            const file = readArticleFile(item.content, item.name);
            prepared = prepareArticle({ text: file.text, title: file.title, encoding: file.encoding, sourceName: item.name });
          } catch (e) {
            if (e instanceof DecodeError) return fail(e.reason);
            // A bug in the pure reading/extraction code is this file's failure, not a reason to
            // retry it forever; database errors (below) roll back and leave the item pending.
            console.error(`[import] item ${item.id} (${item.name}):`, e);
            return fail('internal');
          }
          const existing = await tx.article.findUnique({ where: { contentHash: prepared.contentHash }, select: { id: true } });
          if (existing) {
            await tx.importItem.update({ where: { id: item.id }, data: { status: 'duplicate', articleId: existing.id, content: null } });
            return { itemId: item.id, status: 'duplicate' as const, articleId: existing.id };
          }
          const { articleId } = await writeArticle(tx, prepared, item.actor);
          await tx.importItem.update({ where: { id: item.id }, data: { status: 'stored', articleId, content: null } });
          return { itemId: item.id, status: 'stored' as const, articleId };
        },
        { timeout: 60_000 },
      );
      if (outcome?.status === 'stored') await runAfterArticleStored(outcome.articleId, db);
      return outcome;
    } catch (e) {
      // Another worker stored the same text a moment ago: our transaction rolled back, the item is
      // still pending; the next attempt finds the article and reports a duplicate.
      if (isUniqueViolation(e) && attempt < 2) continue;
      throw e;
    }
  }
}

/** Processes a batch's pending items until none is left (or `shouldStop` says so); then closes it. */
export async function processBatch(db: PrismaClient, batchId: number, shouldStop: () => boolean = () => false): Promise<number> {
  let processed = 0;
  while (!shouldStop()) {
    let outcome: ItemOutcome | null;
    try {
      outcome = await processNextItem(db, batchId);
    } catch (e) {
      // Not the file's fault (database down, a bug): keep the item pending for the next run.
      console.error(`[import] batch ${batchId}:`, e);
      throw e;
    }
    if (!outcome) break;
    processed++;
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

// Building a bulk import: a batch row, then its files in chunks (each chunk one request, so no
// single request carries 200 MB), then "start", which hands it to the background worker. Each
// file's bytes live in its import_items row until the worker has processed it, so a restart
// loses nothing.
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import { MAX_ARTICLE_BYTES, MAX_BATCH_BYTES, MAX_BATCH_FILES, fileLabel } from './limits';
import type { PrismaClient, Prisma } from '../generated/prisma/client';

export interface BatchFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** a file the browser did not send because it is over the per-file limit: reported as failed */
export interface SkippedFile {
  name: string;
  size: number;
}

export async function createBatch(db: PrismaClient, actorId: string): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({ data: { createdById: actorId }, select: { id: true } });
    await writeAudit(tx, { actorId, entityType: 'import_batch', entityId: batch.id, action: 'create' });
    return batch;
  });
}

export async function appendToBatch(
  db: PrismaClient,
  batchId: number,
  actorId: string,
  files: BatchFile[],
  skipped: SkippedFile[] = [],
): Promise<{ total: number }> {
  return db.$transaction(async (tx) => {
    await lockOwnQueuedBatch(tx, batchId, actorId);
    const [{ count, bytes }] = await tx.$queryRaw<{ count: number; bytes: bigint | null }[]>`
      SELECT count(*)::int AS count, sum(octet_length(content))::bigint AS bytes FROM import_items WHERE batch_id = ${batchId}`;
    const newBytes = files.reduce((n, f) => n + (f.bytes.length <= MAX_ARTICLE_BYTES ? f.bytes.length : 0), 0);
    const total = count + files.length + skipped.length;
    if (total > MAX_BATCH_FILES) {
      throw new AppError('too_large', `a bulk import takes at most ${MAX_BATCH_FILES} files`, { limit: 'batch_files', max: MAX_BATCH_FILES });
    }
    if (Number(bytes ?? 0) + newBytes > MAX_BATCH_BYTES) {
      throw new AppError('too_large', `a bulk import takes at most ${MAX_BATCH_BYTES} bytes`, { limit: 'batch_bytes', max: MAX_BATCH_BYTES });
    }
    const rows: { name: string; status: 'pending' | 'failed'; error: string | null; content: Uint8Array | null }[] = [
      ...files.map((f) =>
        f.bytes.length > MAX_ARTICLE_BYTES
          ? { name: fileLabel(f.name), status: 'failed' as const, error: 'too_large', content: null }
          : { name: fileLabel(f.name), status: 'pending' as const, error: null, content: f.bytes },
      ),
      ...skipped.map((f) => ({ name: fileLabel(f.name), status: 'failed' as const, error: 'too_large', content: null })),
    ];
    // one statement with an array parameter per column: Prisma's createMany would pass every
    // file's bytes through its query compiler (bench/ingestion/RESULTS.md)
    if (rows.length) {
      await tx.$executeRaw`
        INSERT INTO import_items (batch_id, name, status, error, content, updated_at)
        SELECT ${batchId}, u.name, u.status::"ImportItemStatus", u.error, u.content, now()
          FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.error)}::text[],
                      ${rows.map((r) => r.content)}::bytea[]) WITH ORDINALITY AS u(name, status, error, content, ord)
         ORDER BY u.ord`;
    }
    await tx.importBatch.update({ where: { id: batchId }, data: { total } });
    return { total };
  });
}

/** queued → running; the caller then wakes the worker. An empty batch is refused. */
export async function startBatch(db: PrismaClient, batchId: number, actorId: string): Promise<{ total: number }> {
  return db.$transaction(async (tx) => {
    const batch = await lockOwnQueuedBatch(tx, batchId, actorId);
    if (batch.total === 0) throw new AppError('invalid_input', 'the import has no files', { limit: 'empty_batch' });
    await tx.importBatch.update({ where: { id: batchId }, data: { status: 'running' } });
    await writeAudit(tx, { actorId, entityType: 'import_batch', entityId: batchId, action: 'start', after: { total: batch.total } });
    return { total: batch.total };
  });
}

async function lockOwnQueuedBatch(tx: Prisma.TransactionClient, batchId: number, actorId: string) {
  const rows = await tx.$queryRaw<{ id: number; status: string; total: number; created_by_id: string | null }[]>`
    SELECT id, status::text AS status, total, created_by_id FROM import_batches WHERE id = ${batchId} FOR UPDATE`;
  const batch = rows[0];
  if (!batch || batch.created_by_id !== actorId) throw new AppError('not_found', 'no such import');
  if (batch.status !== 'queued') throw new AppError('conflict', 'this import has already started');
  return batch;
}

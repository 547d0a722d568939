import type { PrismaClient } from '../generated/prisma/client';

export interface BatchProgress {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  pending: number;
  stored: number;
  duplicate: number;
  failed: number;
  /** the per-file report, once the batch is done (counts are live before that) */
  items: { id: number; name: string; status: 'stored' | 'duplicate' | 'failed' | 'pending'; articleId: number | null; articleTitle: string | null; error: string | null }[] | null;
}

export async function getBatchProgress(db: PrismaClient, batchId: number): Promise<BatchProgress | null> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { id: true, status: true, total: true } });
  if (!batch) return null;
  const groups = await db.importItem.groupBy({ by: ['status'], where: { batchId }, _count: { _all: true } });
  const count = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  const items =
    batch.status === 'done'
      ? (
          await db.importItem.findMany({
            where: { batchId },
            orderBy: { id: 'asc' },
            select: { id: true, name: true, status: true, articleId: true, error: true, article: { select: { title: true, excerpt: true } } },
          })
        ).map((i) => ({ id: i.id, name: i.name, status: i.status, articleId: i.articleId, error: i.error, articleTitle: i.article?.title ?? i.article?.excerpt ?? null }))
      : null;
  return { ...batch, pending: count('pending'), stored: count('stored'), duplicate: count('duplicate'), failed: count('failed'), items };
}

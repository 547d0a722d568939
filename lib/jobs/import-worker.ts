// Background jobs on PostgreSQL (pg-boss 10, tables in the `pgboss` schema of the app's database).
// One queue, `import-batch`: a job says "work on batch N". pg-boss hands each job to one worker
// at a time across all app instances; inside a batch, items are claimed row by row with
// `FOR UPDATE SKIP LOCKED` (lib/imports/process-batch.ts), so even two jobs for one batch never
// process an item twice. On start, every batch left `running` (the app stopped mid-way) is
// queued again and resumes with its `pending` items.
import PgBoss from 'pg-boss';
import { processBatch } from '../imports/process-batch';
import type { PrismaClient } from '../generated/prisma/client';

export const IMPORT_QUEUE = 'import-batch';

export interface ImportWorker {
  boss: PgBoss;
  /** wake the worker for a batch (any instance may take it) */
  enqueue(batchId: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startImportWorker(opts: { connectionString: string; db: PrismaClient; work?: boolean; pollingIntervalSeconds?: number }): Promise<ImportWorker> {
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: 'pgboss',
    max: 3,
    application_name: 'sadaa-jobs',
  });
  boss.on('error', (e) => console.error('[jobs]', e));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    // A job that dies with its process is retried after expiry; items already done are skipped.
    expireInSeconds: 15 * 60,
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
  });
  let stopping = false;
  const enqueue = async (batchId: number) => {
    await boss.send(IMPORT_QUEUE, { batchId });
  };
  if (opts.work !== false) {
    await boss.work<{ batchId: number }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 }, async ([job]) => {
      await processBatch(opts.db, job.data.batchId, () => stopping);
    });
    await resumeRunningBatches(opts.db, enqueue);
  }
  return {
    boss,
    enqueue,
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}

export async function resumeRunningBatches(db: PrismaClient, enqueue: (batchId: number) => Promise<void>): Promise<number[]> {
  const batches = await db.importBatch.findMany({ where: { status: 'running' }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const b of batches) await enqueue(b.id);
  if (batches.length) console.log(`[jobs] resuming ${batches.length} import batch(es): ${batches.map((b) => b.id).join(', ')}`);
  return batches.map((b) => b.id);
}

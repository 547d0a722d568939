// The app's one worker per process, started from instrumentation.ts (Node runtime only, never
// during `next build`). Route handlers call `enqueueImportBatch`, which uses the running worker,
// or starts a send-only pg-boss when the worker is switched off (IMPORT_WORKER=0).
import { prisma } from '../db/prisma';
import { startImportWorker, type ImportWorker } from './import-worker';

const g = globalThis as unknown as { sadaaImportWorker?: Promise<ImportWorker> };

export function importWorker(): Promise<ImportWorker> {
  if (!g.sadaaImportWorker) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) return Promise.reject(new Error('DATABASE_URL is not set'));
    g.sadaaImportWorker = startImportWorker({ connectionString, db: prisma, work: process.env.IMPORT_WORKER !== '0' });
    g.sadaaImportWorker.catch(() => {
      g.sadaaImportWorker = undefined;
    });
  }
  return g.sadaaImportWorker;
}

export async function enqueueImportBatch(batchId: number): Promise<void> {
  await (await importWorker()).enqueue(batchId);
}

export async function stopImportWorker(): Promise<void> {
  const w = g.sadaaImportWorker;
  g.sadaaImportWorker = undefined;
  if (w) await (await w).stop();
}

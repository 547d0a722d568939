// Next.js calls register() once per server process at start. The import worker (pg-boss on the
// app's PostgreSQL) runs here, in the Node runtime only; `next build` has no database, so nothing
// starts during the build. IMPORT_WORKER=0 switches the worker off for an instance (it still
// queues jobs for the others).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return;
  const { importWorker } = await import('./lib/jobs/app-worker');
  try {
    await importWorker();
  } catch (e) {
    // The app still serves; imports queue up and a restart picks them up.
    console.error('[jobs] the import worker did not start:', e);
  }
  // No signal handler of our own: the server (lib/ops/serve.ts) exits on SIGTERM, and a job cut short mid-item is
  // rolled back by PostgreSQL and resumed at the next start (see ARCHITECTURE.md, Jobs).
}

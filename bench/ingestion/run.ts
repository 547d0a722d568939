// End-to-end bulk ingestion into PostgreSQL: `npx tsx bench/ingestion/run.ts [articles] [workers]`.
// The same path as a folder import from the import page: files read from disk, stored as a batch
// (import_items, chunks of 100 files like the page sends), then processed by `workers` concurrent
// workers (lib/imports/process-batch.ts: decode, extract, one transaction per chunk of 50 items
// with their articles, claims, slots, entities, audit rows and item statuses).
// Two figures: read → extract → write with the matcher off (BENCH_MATCH=inline runs it inside
// the workers, after each chunk, as the app does), then the matching of the stored articles on
// its own, replayed chunk by chunk in id order (what the workers do after each commit), and for
// comparison per article on a sample (what afterArticleStored does for a single import). Uses the embedded PostgreSQL
// (EMBEDDED_PG_PORT) and a scratch database `bench_ingestion`, recreated at each run.
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { makeCorpus } from './generate';
import { pgCpuSeconds } from '../pg-cpu';
import { startEmbeddedPostgres, embeddedOptionsFromEnv } from '../../lib/db/embedded-postgres';
import { migrate } from '../../lib/db/migrate';
import { createPrismaClient } from '../../lib/db/client';
import { projectRoot } from '../../lib/ops/database';
import { appendToBatch, createBatch, startBatch } from '../../lib/imports/create-batch';
import { processBatch, DEFAULT_CHUNK_SIZE } from '../../lib/imports/process-batch';
import { runAfterChunkStored, runAfterArticleStored } from '../../lib/articles/after-article-stored';
import { getBatchProgress } from '../../lib/imports/batch-progress';
import { MAX_BATCH_FILES } from '../../lib/imports/limits';

const N = Number(process.argv[2] ?? 2000);
const WORKERS = Number(process.argv[3] ?? 2);
const INLINE = process.env.BENCH_MATCH === 'inline';
/** BENCH_MATCH=skip: measure read → extract → write only (no matching afterwards) */
const SKIP_MATCH = process.env.BENCH_MATCH === 'skip';
const SAMPLE = Number(process.env.BENCH_MATCH_SAMPLE ?? 50);

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

async function main() {
  const dir = join(tmpdir(), `sadaa-bench-ingestion-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const corpus = makeCorpus(N);
  corpus.forEach((text, i) => writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text));
  const corpusBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a), 0);

  const server = await startEmbeddedPostgres({ ...embeddedOptionsFromEnv(projectRoot), database: 'postgres' });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS bench_ingestion WITH (FORCE)');
  await admin.query('CREATE DATABASE bench_ingestion');
  const url = server.url.replace(/\/postgres$/, '/bench_ingestion');
  await migrate(url, join(projectRoot, 'prisma/migrations'));
  const db = createPrismaClient(url, WORKERS + 2);
  const user = await db.user.create({ data: { id: 'bench-editor', name: 'bench', email: 'bench@bench.example', role: 'editor' } });

  const dataDir = embeddedOptionsFromEnv(projectRoot).dataDir;
  const timer = setInterval(sample, 50);
  const cpu0 = process.cpuUsage();
  const pg0 = pgCpuSeconds(dataDir);
  const t0 = performance.now();
  // 1. read the folder and store it as batches of at most MAX_BATCH_FILES (the import limit),
  //    100 files per request as the page sends them
  const names = readdirSync(dir).sort();
  const batchIds: number[] = [];
  for (let b = 0; b < names.length; b += MAX_BATCH_FILES) {
    const batch = await createBatch(db, user.id);
    const slice = names.slice(b, b + MAX_BATCH_FILES);
    for (let i = 0; i < slice.length; i += 100) {
      const files = await Promise.all(slice.slice(i, i + 100).map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
      await appendToBatch(db, batch.id, user.id, files);
    }
    await startBatch(db, batch.id, user.id);
    batchIds.push(batch.id);
  }
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const pg1 = pgCpuSeconds(dataDir);
  // 2. process: each worker its own Prisma client, as two app instances would be
  const clients = Array.from({ length: WORKERS }, () => createPrismaClient(url, 2));
  let writeMs = 0;
  let inlineMatchMs = 0;
  const onChunk = (t: { writeMs: number; matchMs: number }) => {
    writeMs += t.writeMs;
    inlineMatchMs += t.matchMs;
  };
  for (const id of batchIds) await Promise.all(clients.map((c) => processBatch(c, id, undefined, { isMatching: INLINE, onChunk })));
  const t2 = performance.now();
  const cpu2 = process.cpuUsage();
  const pg2 = pgCpuSeconds(dataDir);
  clearInterval(timer);
  sample();

  // 3. matching on its own (unless it ran inline): the stored articles in id order, chunk by
  //    chunk, each chunk's claims against the claims before them
  const articleIds = (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
  let matchSeconds = 0;
  let perArticleSampleMs = 0;
  let perChunkSampleMs = 0;
  if (!INLINE && !SKIP_MATCH) {
    const tm = performance.now();
    for (let i = 0; i < articleIds.length; i += DEFAULT_CHUNK_SIZE) {
      const claims = await db.claim.findMany({ where: { articleId: { in: articleIds.slice(i, i + DEFAULT_CHUNK_SIZE) } }, select: { id: true }, orderBy: { id: 'asc' } });
      await runAfterChunkStored(claims.map((c) => c.id), db);
    }
    matchSeconds = (performance.now() - tm) / 1000;
    // the same work the other way, on the last SAMPLE articles (links exist already, so both
    // re-runs compute the same and write nothing): per article vs as one chunk
    const tail = articleIds.slice(-SAMPLE);
    const ta = performance.now();
    for (const id of tail) await runAfterArticleStored(id, db);
    perArticleSampleMs = performance.now() - ta;
    const tailClaims = await db.claim.findMany({ where: { articleId: { in: tail } }, select: { id: true }, orderBy: { id: 'asc' } });
    const tc = performance.now();
    await runAfterChunkStored(tailClaims.map((c) => c.id), db);
    perChunkSampleMs = performance.now() - tc;
  }
  const links = await db.claimLink.count();

  const all = await Promise.all(batchIds.map((id) => getBatchProgress(db, id)));
  const progress = {
    stored: all.reduce((n, p) => n + (p?.stored ?? 0), 0),
    duplicate: all.reduce((n, p) => n + (p?.duplicate ?? 0), 0),
    failed: all.reduce((n, p) => n + (p?.failed ?? 0), 0),
  };
  const claims = await db.claim.count();
  const total = (t2 - t0) / 1000;
  const processing = (t2 - t1) / 1000;
  const result = {
    articles: N,
    workers: WORKERS,
    corpusMB: +(corpusBytes / 1024 / 1024).toFixed(1),
    avgKB: +(corpusBytes / N / 1024).toFixed(1),
    batches: batchIds.length,
    stored: progress.stored,
    duplicate: progress.duplicate,
    failed: progress.failed,
    claims,
    uploadSeconds: +((t1 - t0) / 1000).toFixed(2),
    processSeconds: +processing.toFixed(2),
    totalSeconds: +total.toFixed(2),
    articlesPerSecondEndToEnd: Math.round(N / total),
    articlesPerSecondProcessing: Math.round(N / processing),
    cpuSeconds: {
      uploadNode: +((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / 1e6).toFixed(2),
      uploadPostgres: +(pg1 - pg0).toFixed(2),
      processingNode: +((cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1e6).toFixed(2),
      processingPostgres: +(pg2 - pg1).toFixed(2),
    },
    matching: INLINE ? 'inline, after each chunk' : SKIP_MATCH ? 'skipped' : 'separate, chunk by chunk',
    workerWriteSecondsSum: +(writeMs / 1000).toFixed(2),
    workerInlineMatchSecondsSum: +(inlineMatchMs / 1000).toFixed(2),
    matchSeconds: +matchSeconds.toFixed(2),
    articlesPerSecondMatching: matchSeconds ? Math.round(N / matchSeconds) : null,
    matchSample: INLINE || SKIP_MATCH ? null : { articles: SAMPLE, perArticleMs: Math.round(perArticleSampleMs), asOneChunkMs: Math.round(perChunkSampleMs) },
    links,
    peakRssMB: Math.round(peakRss / 1024 / 1024),
    peakHeapMB: Math.round(peakHeap / 1024 / 1024),
  };
  console.log(JSON.stringify(result, null, 2));

  await Promise.all([...clients, db].map((c) => c.$disconnect()));
  await admin.query('DROP DATABASE IF EXISTS bench_ingestion WITH (FORCE)');
  await admin.end();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

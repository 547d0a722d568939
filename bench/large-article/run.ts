// One 2 MB Arabic article dense with claims (lib/test/dense-article.ts, from the seed sentences),
// stored the way a paste or an upload stores it (lib/articles/ingest-article.ts): extraction, the
// one write transaction, then the matcher (afterArticleStored). Three smaller dense articles go
// in first so the matcher has an archive to look in.
//   EMBEDDED_PG_PORT=<port> npx tsx bench/large-article/run.ts [bytes] [runs]
// Uses the embedded PostgreSQL and a scratch database `bench_large_article`, recreated per run.
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { makeDenseArticle } from '../../lib/test/dense-article';
import { startEmbeddedPostgres, embeddedOptionsFromEnv } from '../../lib/db/embedded-postgres';
import { migrate } from '../../lib/db/migrate';
import { createPrismaClient } from '../../lib/db/client';
import { projectRoot } from '../../lib/ops/database';
import { ingestArticle, prepareArticle, writeArticle } from '../../lib/articles/ingest-article';
import { suggestLinksForArticle } from '../../lib/links/suggest-links';
import { MAX_ARTICLE_BYTES } from '../../lib/extraction/decode';

const BYTES = Number(process.argv[2] ?? MAX_ARTICLE_BYTES - 1000);
const RUNS = Number(process.argv[3] ?? 3);

async function main() {
  const server = await startEmbeddedPostgres({ ...embeddedOptionsFromEnv(projectRoot), database: 'postgres' });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS bench_large_article WITH (FORCE)');
  await admin.query('CREATE DATABASE bench_large_article');
  const url = server.url.replace(/\/postgres$/, '/bench_large_article');
  await migrate(url, join(projectRoot, 'prisma/migrations'));
  const db = createPrismaClient(url, 4);
  const user = await db.user.create({ data: { id: 'bench-editor', name: 'bench', email: 'bench@bench.example', role: 'editor' } });
  for (let i = 0; i < 3; i++) await ingestArticle(db, { text: makeDenseArticle(100_000, 100 + i) }, user.id);

  console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (let run = 0; run < RUNS; run++) {
    // a different PRNG seed per run: a new article each time, not a duplicate
    const text = makeDenseArticle(BYTES, 11 + run);
    const t0 = performance.now();
    const p = prepareArticle({ text });
    const t1 = performance.now();
    const w = await db.$transaction((tx) => writeArticle(tx, p, user.id), { timeout: 600_000 });
    const t2 = performance.now();
    const s = await suggestLinksForArticle(w.articleId, { db });
    const t3 = performance.now();
    const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
    console.log(
      `run ${run + 1}: ${Buffer.byteLength(text)} bytes, ${p.claims.length} claims — extract ${ms(t1 - t0)}, write ${ms(t2 - t1)}, match ${ms(t3 - t2)} ` +
        `(${s.compared} pairs compared, ${s.written} links written), total ${ms(t3 - t0)}; load ${loadavg()[0].toFixed(2)}`,
    );
  }
  await db.$disconnect();
  await admin.end();
  await server.stop();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

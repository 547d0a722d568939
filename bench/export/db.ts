// Export from PostgreSQL, end to end: N approved claims (Arabic passage, two slots, one link, an
// outlet and an article per five claims) seeded with set-based SQL into a scratch database
// `bench_export` of the embedded server, then read by the app's keyset reader
// (lib/claims/export-batches.ts, 1,000 claims a query) and formatted by the app's streaming writer
// (lib/export/write-export.ts) into a byte counter, UTF-8 encoded like the route's stream.
//   EMBEDDED_PG_PORT=<port> npx tsx bench/export/db.ts [claims] [formats]   # default 100000 json,csv
// BENCH_KEEP=1 keeps the database for the next run (which then skips seeding if the count matches).
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, embeddedOptionsFromEnv } from '../../lib/db/embedded-postgres';
import { migrate } from '../../lib/db/migrate';
import { createPrismaClient } from '../../lib/db/client';
import { projectRoot } from '../../lib/ops/database';
import { pgCpuSeconds } from '../pg-cpu';
import { exportChunks } from '../../lib/export/write-export';
import { exportWhere, readExportBatches } from '../../lib/claims/export-batches';
import type { ExportFormat } from '../../lib/export/types';
import { ALL_REVIEWED, benchMeta } from './meta';

const N = Number(process.argv[2] ?? 100_000);
const KEEP = process.env.BENCH_KEEP === '1';
const FORMATS = (process.argv[3] ?? 'json,csv').split(',') as ExportFormat[];
const TEXT = 'وقال المتحدث باسم الخارجية إن «الزيارة العاشرة» لبلينكن إلى المنطقة، منذ بدء الحرب قبل نحو عام، تهدف إلى "وقف إطلاق النار" وإطلاق سراح 1200 محتجز.';

async function seed(c: pg.Client) {
  await c.query(`INSERT INTO outlets (name, name_key) VALUES ('الحرة', 'الحره')`);
  await c.query(
    `INSERT INTO articles (outlet_id, title, url, published_at, language, text, content_hash, updated_at)
     SELECT 1, 'بلينكن يصل إلى القاهرة ' || g, 'https://example.org/a/' || g, DATE '2024-06-10', 'ar', $1 || g, md5(g::text) || md5(g::text), now()
       FROM generate_series(1, $2::int) g`,
    [TEXT, Math.ceil(N / 5)],
  );
  await c.query(
    `INSERT INTO claims (article_id, text, start, "end", normalized_text, checkworthiness, reasons, status, verdict, rationale, speaker, via, question_key, question_label, updated_at)
     SELECT (g - 1) / 5 + 1, $1 || ' (' || g || ')', (g % 5) * 200, (g % 5) * 200 + 150, $1, 0.85, ARRAY['figure','attribution'],
            (CASE WHEN g % 3 = 0 THEN 'published' ELSE 'approved' END)::"ClaimStatus", 'needs_context',
            'الأرقام تصف جولات مختلفة، لا زيارة واحدة.', 'المتحدث باسم الخارجية', 'فرانس برس', 'ordinal|visit', 'عدد الزيارات', now()
       FROM generate_series(1, $2::int) g`,
    [TEXT, N],
  );
  await c.query(
    `INSERT INTO claim_slots (claim_id, type, value, unit, hedge, raw)
     SELECT g, 'ordinal'::"SlotType", 10, 'زيارة', 'exact'::"Hedge", 'العاشرة' FROM generate_series(1, $1::int) g
     UNION ALL
     SELECT g, 'quantity'::"SlotType", 1200, 'محتجز', 'approx'::"Hedge", '1200' FROM generate_series(1, $1::int) g
     ORDER BY 1, 2`,
    [N],
  );
  await c.query(
    `INSERT INTO claim_links (claim_a_id, claim_b_id, relation, origin, state, confidence, possibly_different_events, updated_at)
     SELECT g, g + 1, 'related', 'editor', 'confirmed', 0.7, true, now() FROM generate_series(1, $1::int - 1, 2) g`,
    [N],
  );
  await c.query('ANALYZE');
}

async function main() {
  const server = await startEmbeddedPostgres({ ...embeddedOptionsFromEnv(projectRoot), database: 'postgres' });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const url = server.url.replace(/\/postgres$/, '/bench_export');
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'bench_export'`)).rowCount === 1;
  let c = new pg.Client({ connectionString: url });
  let seedSeconds = 0;
  if (!(KEEP && exists && (await c.connect().then(() => c.query('SELECT count(*)::int AS n FROM claims'))).rows[0].n === N)) {
    await c.end().catch(() => {});
    await admin.query('DROP DATABASE IF EXISTS bench_export WITH (FORCE)');
    await admin.query('CREATE DATABASE bench_export');
    await migrate(url, join(projectRoot, 'prisma/migrations'));
    c = new pg.Client({ connectionString: url });
    await c.connect();
    const ts = performance.now();
    await seed(c);
    seedSeconds = (performance.now() - ts) / 1000;
  }
  const db = createPrismaClient(url, 2);
  const meta = benchMeta();
  const where = exportWhere({ kind: 'filter', filter: ALL_REVIEWED }, false);
  const results = [];
  for (const format of FORMATS) {
    const encoder = new TextEncoder();
    let bytes = 0;
    let rows = 0;
    let peak = process.memoryUsage().rss;
    const rssAt: number[] = [];
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const pg0 = pgCpuSeconds(embeddedOptionsFromEnv(projectRoot).dataDir);
    const batches = (async function* () {
      for await (const b of readExportBatches(db, where, meta.siteUrl)) {
        rows += b.length;
        yield b;
      }
    })();
    for await (const chunk of exportChunks(format, meta, batches)) {
      bytes += encoder.encode(chunk).byteLength;
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      if (rows % 20_000 === 0) rssAt.push(Math.round(rss / 1e6));
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const pgCpu = pgCpuSeconds(embeddedOptionsFromEnv(projectRoot).dataDir) - pg0;
    results.push({
      format,
      claims: rows,
      seconds: +seconds.toFixed(2),
      rowsPerSecond: Math.round(rows / seconds),
      nodeCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
      postgresCpuSeconds: +pgCpu.toFixed(2),
      megabytes: +(bytes / 1e6).toFixed(1),
      peakRssMb: Math.round(peak / 1e6),
      rssEvery20kMb: rssAt,
    });
  }
  console.log(JSON.stringify({ seeded: N, seedSeconds: +seedSeconds.toFixed(1), results }, null, 2));
  await db.$disconnect();
  await c.end();
  if (!KEEP) await admin.query('DROP DATABASE IF EXISTS bench_export WITH (FORCE)');
  await admin.end();
  await server.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

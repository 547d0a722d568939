// Benchmark of the database path of matching (lib/links/suggest-links.ts rematchAll): synthetic
// claims are loaded into a scratch database, then every claim is matched through PostgreSQL's
// indexes and the engine, links upserted. Each size runs in its own child process, so its peak
// memory (maxRSS of the Node process; PostgreSQL's own memory is not included) is its own.
//   npx tsx bench/matching-db/run.ts                       10k, 50k, 100k (SIZES=… to change)
//   npx tsx bench/matching-db/run.ts --size 10000          one size (what the parent spawns)
// Uses the embedded PostgreSQL on EMBEDDED_PG_PORT (started if needed) or BENCH_DATABASE_URL's
// server; databases are named bench_matching_<n> and dropped afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';
import { normalizeArabic } from '../../lib/arabic';
import { createPrismaClient } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { startEmbeddedPostgres, embeddedOptionsFromEnv } from '../../lib/db/embedded-postgres';
import { rematchAll, suggestLinksForArticle } from '../../lib/links/suggest-links';
import { syntheticClaims } from '../matching/synthetic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHUNK = 5000;

async function serverUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const s = await startEmbeddedPostgres({ ...embeddedOptionsFromEnv(root), database: 'postgres' });
  return { url: s.url, stop: () => s.stop() };
}

/** Articles of 20 claims each (the synthetic generator's grouping), text = the claims joined. */
async function load(client: pg.Client, n: number): Promise<void> {
  const items = syntheticClaims(n);
  const articles = new Map<string, typeof items>();
  for (const it of items) articles.set(it.key, [...(articles.get(it.key) ?? []), it]);
  const keys = [...articles.keys()];
  const texts = keys.map((k) => articles.get(k)!.map((x) => x.claim.text).join(' '));
  const ids = new Map<string, number>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const part = keys.slice(i, i + CHUNK);
    const { rows } = await client.query<{ id: number; source_name: string }>(
      `INSERT INTO articles (text, content_hash, published_at, source_name, language, updated_at)
       SELECT t, h, d::date, k, 'ar', now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(t, h, d, k)
       RETURNING id, source_name`,
      [part.map((_, j) => texts[i + j]), part.map((_, j) => createHash('sha256').update(texts[i + j] + keys[i + j]).digest('hex')),
        part.map((k) => articles.get(k)![0].articleDate), part],
    );
    for (const r of rows) ids.set(r.source_name, r.id);
  }
  // claims with offsets into their article's text
  const claimRows: Array<{ articleId: number; text: string; start: number; it: (typeof items)[number]; shift: number }> = [];
  for (const k of keys) {
    let at = 0;
    for (const it of articles.get(k)!) {
      claimRows.push({ articleId: ids.get(k)!, text: it.claim.text, start: at, it, shift: at - it.claim.start });
      at += it.claim.text.length + 1;
    }
  }
  const persons = new Map<string, number>();
  for (let i = 0; i < claimRows.length; i += CHUNK) {
    const part = claimRows.slice(i, i + CHUNK);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO claims (article_id, text, start, "end", normalized_text, checkworthiness, updated_at)
       SELECT a, t, s, s + length(t), nt, 0.8, now() FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) WITH ORDINALITY AS v(a, t, s, nt, o)
       ORDER BY o RETURNING id`,
      [part.map((c) => c.articleId), part.map((c) => c.text), part.map((c) => c.start), part.map((c) => normalizeArabic(c.text))],
    );
    const slot = { claim: [] as number[], type: [] as string[], value: [] as Array<number | null>, unit: [] as Array<string | null>, hedge: [] as string[],
      year: [] as Array<number | null>, month: [] as Array<number | null>, day: [] as Array<number | null>, raw: [] as string[], start: [] as number[], end: [] as number[] };
    const mention = { claim: [] as number[], article: [] as number[], name: [] as string[] };
    part.forEach((c, j) => {
      const id = rows[j].id;
      for (const s of c.it.claim.slots) {
        slot.claim.push(id); slot.type.push(s.type); slot.raw.push(s.raw); slot.start.push(s.start + c.shift); slot.end.push(s.end + c.shift);
        slot.hedge.push(s.approx ? 'approx' : 'exact');
        slot.value.push('value' in s && s.value !== undefined ? s.value : null);
        slot.unit.push('unit' in s && typeof s.unit === 'string' ? s.unit : null);
        slot.year.push(s.type === 'date' ? s.year : null); slot.month.push(s.type === 'date' ? s.month : null); slot.day.push(s.type === 'date' ? s.day : null);
      }
      for (const e of c.it.claim.entities) {
        if (!persons.has(e.name)) persons.set(e.name, 0);
        mention.claim.push(id); mention.article.push(c.articleId); mention.name.push(e.name);
      }
    });
    await client.query(
      `INSERT INTO claim_slots (claim_id, type, value, unit, hedge, year, month, day, raw, start, "end")
       SELECT c, t::"SlotType", v, u, h::"Hedge", y, m, d, r, s, e
       FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[], $10::int[], $11::int[]) AS x(c, t, v, u, h, y, m, d, r, s, e)`,
      [slot.claim, slot.type, slot.value, slot.unit, slot.hedge, slot.year, slot.month, slot.day, slot.raw, slot.start, slot.end],
    );
    await client.query(
      `INSERT INTO entities (type, name, name_key) SELECT 'person', n, n FROM unnest($1::text[]) AS x(n) ON CONFLICT DO NOTHING`,
      [[...new Set(mention.name)]],
    );
    await client.query(
      `INSERT INTO entity_mentions (entity_id, claim_id, article_id)
       SELECT e.id, x.c, x.a FROM unnest($1::int[], $2::int[], $3::text[]) AS x(c, a, n) JOIN entities e ON e.type = 'person' AND e.name_key = x.n`,
      [mention.claim, mention.article, mention.name],
    );
  }
  await client.query('ANALYZE');
}

/**
 * CPU seconds of the embedded server (postmaster, its live children, and the children it has
 * reaped), from /proc; 0 when the server is not ours to read (BENCH_DATABASE_URL, no /proc).
 */
function pgCpuReader(): { seconds: () => number } {
  const pidFile = path.join(embeddedOptionsFromEnv(root).dataDir, 'postmaster.pid');
  if (process.env.BENCH_DATABASE_URL || !existsSync(pidFile)) return { seconds: () => 0 };
  const pm = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const hz = 100;
  const fields = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    } catch {
      return null; // a backend that just exited
    }
  };
  return {
    seconds: () => {
      const own = fields(pm);
      if (!own) return 0;
      // after ") ": state is [0], so utime (field 14) is [11], stime [12], cutime [13], cstime [14]
      let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
      for (const child of readFileSync(`/proc/${pm}/task/${pm}/children`, 'utf8').trim().split(' ').filter(Boolean)) {
        const f = fields(Number(child));
        if (f) ticks += Number(f[11]) + Number(f[12]);
      }
      return ticks / hz;
    },
  };
}

async function one(n: number): Promise<void> {
  const server = await serverUrl();
  const pgCpu = pgCpuReader();
  const name = `bench_matching_${n}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = server.url.replace(/\/[^/]*$/, `/${name}`);
  try {
    await migrate(url, path.join(root, 'prisma/migrations'));
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {}); // the final DROP … WITH (FORCE) ends it after a failure
    await client.connect();
    const t0 = performance.now();
    await load(client, n);
    const loadSeconds = (performance.now() - t0) / 1000;
    const db = createPrismaClient(url, 4);
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    const phases: Record<string, number> = {};
    const load0 = os.loadavg()[0];
    const pg0 = pgCpu.seconds();
    const stats = await rematchAll({
      db,
      phase: (name) => {
        const t = performance.now();
        return () => {
          phases[name] = (phases[name] ?? 0) + performance.now() - t;
        };
      },
    });
    const pgCpuSeconds = pgCpu.seconds() - pg0;
    const load1 = os.loadavg()[0];
    const seconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const nodeCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const t2 = performance.now();
    const again = await rematchAll({ db });
    const rerunSeconds = (performance.now() - t2) / 1000;
    // one more article's worth after the archive is matched: what an import pays per article
    const last = await client.query<{ article_id: number }>('SELECT article_id FROM claims ORDER BY id DESC LIMIT 1');
    const t3 = performance.now();
    await suggestLinksForArticle(last.rows[0].article_id, { db });
    const articleMs = performance.now() - t3;
    const { rows } = await client.query<{ relation: string; count: string }>('SELECT relation, count(*) FROM claim_links GROUP BY 1 ORDER BY 1');
    // a fingerprint of every link as judged, to show two versions of the code give the same links
    const digest = await client.query<{ md5: string }>(
      `SELECT md5(string_agg(concat_ws('|', claim_a_id, claim_b_id, relation, confidence, possibly_different_events, explanation), E'\\n' ORDER BY claim_a_id, claim_b_id)) FROM claim_links`,
    );
    await db.$disconnect();
    await client.end();
    process.stdout.write(JSON.stringify({
      n, loadSeconds: +loadSeconds.toFixed(1), seconds: +seconds.toFixed(2), nodeCpuSeconds: +nodeCpuSeconds.toFixed(2), rerunSeconds: +rerunSeconds.toFixed(2), rerunWritten: again.written,
      articleMs: Math.round(articleMs), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), compared: stats.compared,
      pgCpuSeconds: +pgCpuSeconds.toFixed(2),
      loadAvg1m: [+load0.toFixed(2), +load1.toFixed(2)],
      phasesS: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +(v / 1000).toFixed(2)])),
      linksMd5: digest.rows[0].md5,
      links: rows.reduce((s, r) => s + Number(r.count), 0), byRelation: Object.fromEntries(rows.map((r) => [r.relation, Number(r.count)])),
    }) + '\n');
  } catch (e) {
    process.stderr.write(`size ${n} failed: ${(e as Error).stack}\n`);
    process.exitCode = 1;
  } finally {
    if (!process.env.KEEP_DB) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  await one(Number(process.argv[sizeArg + 1]));
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes = (process.env.SIZES ?? '10000,50000,100000').split(',').map(Number);
  const rows = sizes.map((n) => JSON.parse(execFileSync('npx', ['tsx', self, '--size', String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()));
  for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
  process.stdout.write('\n| claims | match s (wall) | Node CPU s | PostgreSQL CPU s | load avg (1 min, start → end) | peak RSS (MB) | compared | links | re-run s (written) | one article ms | wall s per n·log2 n ×10⁶ |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.n} | ${r.seconds} | ${r.nodeCpuSeconds} | ${r.pgCpuSeconds} | ${r.loadAvg1m.join(' → ')} | ${r.peakRssMb} | ${r.compared} | ${r.links} | ${r.rerunSeconds} (${r.rerunWritten}) | ${r.articleMs} | ${((r.seconds / (r.n * Math.log2(r.n))) * 1e6).toFixed(1)} |\n`);
  }
}

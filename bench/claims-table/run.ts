// Measures the claims table's data path on a generated database (generate.ts) and, optionally,
// the claims page's HTTP response time under `npm start`.
//
//   EMBEDDED_PG_PORT=54331 npx tsx bench/claims-table/run.ts [--database claims_bench] [--runs 200]
//   … --http http://localhost:3011          also time GET /ar/editor/claims?… as the demo editor
//   … --only 1,3                            only these scenarios (1-based, as listed below)
//
// Query figures are findClaimsPageRows (the page's whole read: ids + count + row details), the
// same function the page calls, on a Prisma client with the app's pool, one query at a time.
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../../lib/db/client';
import { embeddedUrl } from '../../lib/db/embedded-postgres';
import { findClaimsPageRows } from '../../lib/claims/claims-table-query';
import { parseClaimsTableParams, serializeClaimsTableParams } from '../../lib/claims/table-params';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '200'));
const url = process.env.DATABASE_URL ?? embeddedUrl({ port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: arg('database', 'claims_bench') });
const httpBase = arg('http', '');
const only = arg('only', '').split(',').filter(Boolean).map(Number);

// «بلينكن» is one of 100 names in the generated claims; «اسرائيل» is typed without hamza.
const SCENARIOS: [string, Record<string, string>][] = [
  ['target: search «بلينكن» + status new + sort by article date', { q: 'بلينكن', status: 'new', sort: 'date', dir: 'desc' }],
  ['default view (sort updated desc)', {}],
  ['search «اسرائيل» (no hamza), sort check-worthiness', { q: 'اسرائيل', sort: 'checkworthiness' }],
  ['assignee=me + in_review, sort updated', { assignee: 'me', status: 'in_review' }],
  ['suggested conflict + sort outlet', { conflict: '1', sort: 'outlet', dir: 'asc' }],
  ['slot ordinal + date range + sort date', { slot: 'ordinal', from: '2024-01-01', to: '2024-03-31', sort: 'date' }],
  ['page 200 of the default view', { page: '200' }],
];

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { p50: at(50), p95: at(95), max: s[s.length - 1] };
}
const f = (n: number) => n.toFixed(1);

async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 5; i++) await fn(); // warm the pool and the caches
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const db = createPrismaClient(url, 10);
  const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@sadaa.example' }, select: { id: true } });
  const total = await db.claim.count();
  console.log(`database: ${total} claims; ${RUNS} runs per scenario after 5 warm-up runs\n`);
  console.log('| scenario | matches | whole read p50 / p95 / max (ms) |');
  console.log('| --- | --- | --- |');
  for (const [i, [name, raw]] of SCENARIOS.entries()) {
    if (only.length && !only.includes(i + 1)) continue;
    const p = parseClaimsTableParams(raw);
    const first = await findClaimsPageRows(db, p, editor.id);
    const whole = stats(await timeIt(() => findClaimsPageRows(db, p, editor.id), RUNS));
    const matches = first.isTotalCapped ? `>${first.total}` : String(first.total);
    console.log(`| ${name} | ${matches} | ${f(whole.p50)} / ${f(whole.p95)} / ${f(whole.max)} |`);
  }
  await db.$disconnect();

  if (httpBase) {
    const res = await fetch(`${httpBase}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: httpBase },
      body: JSON.stringify({ email: 'editor@sadaa.example', password: 'sadaa-editor-demo' }),
    });
    if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    console.log(`\nHTTP GET ${httpBase}/ar/editor/claims?… as the demo editor (full HTML, streamed to the end)\n`);
    console.log('| page | concurrency | requests | p50 (ms) | p95 (ms) | max (ms) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const [name, raw] of [SCENARIOS[0], SCENARIOS[1]]) {
      const qs = serializeClaimsTableParams(parseClaimsTableParams(raw));
      const get = async () => {
        const r = await fetch(`${httpBase}/ar/editor/claims?${qs}`, { headers: { cookie } });
        const body = await r.text();
        if (r.status !== 200 || !body.includes('claims-table')) throw new Error(`unexpected response ${r.status}`);
      };
      for (const concurrency of [1]) {
        const times: number[] = [];
        for (let i = 0; i < 3; i++) await get();
        const perWorker = Math.ceil(Math.max(RUNS, 100) / concurrency);
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            for (let i = 0; i < perWorker; i++) {
              const t = performance.now();
              await get();
              times.push(performance.now() - t);
            }
          }),
        );
        const s = stats(times);
        console.log(`| ${name} | ${concurrency} | ${times.length} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} |`);
      }
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

// Scaling benchmark of matchClaims on synthetic claims (bench/matching/synthetic.ts).
//   npx tsx bench/matching/run.ts                 runs 10k, 50k, 100k, each in its own process
//   npx tsx bench/matching/run.ts --size 10000    one size (what the parent spawns)
// Peak memory is the child's maxRSS, so each size is measured on its own.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { matchClaims } from '../../lib/matching/match-claims';
import { syntheticClaims } from './synthetic';

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  const n = Number(process.argv[sizeArg + 1]);
  const items = syntheticClaims(n);
  const started = performance.now();
  const results = matchClaims(items);
  const seconds = (performance.now() - started) / 1000;
  const byRelation: Record<string, number> = {};
  for (const r of results) byRelation[r.relation] = (byRelation[r.relation] ?? 0) + 1;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ n, seconds: +seconds.toFixed(2), peakRssMb: Math.round(peakMb), links: results.length, byRelation }) + '\n');
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes = (process.env.SIZES ?? '10000,50000,100000').split(',').map(Number);
  const rows = sizes.map((n) => JSON.parse(execFileSync('npx', ['tsx', self, '--size', String(n)], { encoding: 'utf8' }).trim()));
  for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
  process.stdout.write('\n| claims | seconds | peak RSS (MB) | links | s per n·log2 n ×10⁶ |\n| --- | --- | --- | --- | --- |\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.n} | ${r.seconds} | ${r.peakRssMb} | ${r.links} | ${((r.seconds / (r.n * Math.log2(r.n))) * 1e6).toFixed(3)} |\n`);
  }
}

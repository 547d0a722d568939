// Export throughput and memory: formats N synthetic claims (Arabic text, slots, links) through
// the same streaming code the app and CLI use (lib/export/write-export.ts), in batches of 1,000,
// into a byte counter. Each (format, size) runs in its own process so peak RSS is its own.
//   npx tsx bench/export/run.ts            # the whole table
//   npx tsx bench/export/run.ts csv 100000 # one run, prints JSON
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportChunks } from '../../lib/export/write-export';
import type { ExportClaim, ExportFormat } from '../../lib/export/types';
import { benchMeta } from './meta';

const TEXT = 'وقال المتحدث باسم الخارجية إن «الزيارة العاشرة» لبلينكن إلى المنطقة، منذ بدء الحرب قبل نحو عام، تهدف إلى "وقف إطلاق النار" وإطلاق سراح 1200 محتجز.';

function claimAt(id: number): ExportClaim {
  return {
    id,
    status: id % 3 === 0 ? 'published' : 'approved',
    verdict: 'needs_context',
    rationale: 'الأرقام تصف جولات مختلفة، لا زيارة واحدة.',
    passage: { text: `${TEXT} (${id})`, start: 100, end: 100 + TEXT.length, section: 'body' },
    speaker: 'المتحدث باسم الخارجية',
    via: 'فرانس برس',
    checkworthiness: 0.85,
    questionKey: 'ordinal|visit',
    questionLabel: 'عدد الزيارات',
    source: { outlet: 'الحرة', outletUrl: null, articleId: Math.floor(id / 5), title: 'بلينكن يصل إلى القاهرة', url: `https://example.org/a/${id}`, publishedAt: '2024-06-10', language: 'ar' },
    slots: [
      { type: 'ordinal', value: 10, min: null, max: null, unit: 'زيارة', currency: null, hedge: 'exact', year: null, month: null, day: null, raw: 'العاشرة' },
      { type: 'quantity', value: 1200, min: null, max: null, unit: 'محتجز', currency: null, hedge: 'approx', year: null, month: null, day: null, raw: '1200' },
    ],
    links: [{ claimId: id + 1, relation: 'related', state: 'confirmed', origin: 'editor', confidence: 0.7, possiblyDifferentEvents: true }],
    factCheck: null,
  };
}

async function* batches(n: number, size = 1000) {
  for (let start = 1; start <= n; start += size) {
    const batch: ExportClaim[] = [];
    for (let id = start; id < start + size && id <= n; id++) batch.push(claimAt(id));
    yield batch;
    await new Promise((r) => setImmediate(r)); // like a database round trip: lets GC run between batches
  }
}

async function one(format: ExportFormat, n: number) {
  const meta = benchMeta();
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const encoder = new TextEncoder();
  for await (const chunk of exportChunks(format, meta, batches(n))) {
    bytes += encoder.encode(chunk).byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { format, claims: n, seconds: +seconds.toFixed(2), rowsPerSecond: Math.round(n / seconds), megabytes: +(bytes / 1e6).toFixed(1), peakRssMb: Math.round(peak / 1e6) };
}

const [format, n] = process.argv.slice(2);
if (format) {
  console.log(JSON.stringify(await one(format as ExportFormat, Number(n))));
} else {
  const rows = [];
  for (const f of ['csv', 'json', 'datafeed']) {
    for (const size of [10_000, 100_000]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), f, String(size)], { encoding: 'utf8' });
      rows.push(JSON.parse(r.stdout));
    }
  }
  console.log('| format | claims | seconds | rows/s | MB written | peak RSS (MB) |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.format} | ${r.claims} | ${r.seconds} | ${r.rowsPerSecond} | ${r.megabytes} | ${r.peakRssMb} |`);
}

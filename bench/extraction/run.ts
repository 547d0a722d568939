// Extraction throughput benchmark: `npx tsx bench/extraction/run.ts [articles]`.
// Builds a synthetic corpus from the seed articles' own sentences (shuffled, with figures,
// days and names varied so no two articles are equal), runs extractArticle on one core, and
// writes RESULTS.md next to this file.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../lib/extraction/index';
import { readArticle } from '../../lib/extraction/read-article';
import { segmentSentences } from '../../lib/extraction/segment';

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = join(here, '../../seeds');
const N = Number(process.argv[2] ?? 10000);
const TARGET_BYTES = 4096;

// a small deterministic PRNG so every run measures the same corpus
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

const sentences: string[] = [];
const titles: string[] = [];
for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) {
  const text = readFileSync(join(seedsDir, f), 'utf8');
  const layout = readArticle(text);
  if (layout.meta.title) titles.push(layout.meta.title);
  for (const b of layout.blocks) for (const s of segmentSentences(text, b.start, b.end)) sentences.push(text.slice(s.start, s.end));
}
const outlets = ['المصدر: الحرة', 'القاهرة- معا- ', 'السومرية نيوز – دوليات', 'المصدر: صدى البلد', ''];
const names = ['بلينكن', 'بايدن', 'السيسي', 'نتنياهو', 'بيرنز', 'كيربي'];
const vary = (s: string) =>
  s
    .replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))))
    .replace(/بلينكن/g, () => pick(names));

function makeArticle(k: number): string {
  const parts: string[] = [pick(titles), `نشر بتاريخ: ${String(1 + (k % 28)).padStart(2, '0')}/0${1 + (k % 9)}/2024`];
  const outlet = pick(outlets);
  let body = outlet.startsWith('القاهرة') ? outlet : '';
  let size = 0;
  while (size < TARGET_BYTES) {
    const s = vary(pick(sentences));
    body += (rand() < 0.3 ? '\n' : ' ') + s;
    size = Buffer.byteLength(parts.join('\n') + body);
  }
  parts.push(body.trim());
  if (outlet.startsWith('المصدر')) parts.push(outlet, 'شارك الخبر', 'إقرأ أيضاً:', ...Array.from({ length: 3 }, () => '  • ' + pick(titles)));
  return parts.join('\n\n');
}

const corpus = Array.from({ length: N }, (_, k) => makeArticle(k));
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a), 0);

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 20);

// warm up the JIT on a slice, then measure the whole corpus; sample memory in the loop as well
// because the timer cannot fire while the loop holds the thread
for (let k = 0; k < 200; k++) extractArticle(corpus[k]);
let claims = 0;
let slots = 0;
// heap used at each quarter of the run: flat figures mean no growth with the number of articles
const heapAtQuarter: string[] = [];
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let k = 0; k < corpus.length; k++) {
  const r = extractArticle(corpus[k]);
  claims += r.claims.length;
  for (const c of r.claims) slots += c.slots.length;
  if ((k & 255) === 0) sample();
  if ((k + 1) % Math.ceil(corpus.length / 4) === 0) heapAtQuarter.push((process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1));
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpuUsed = process.cpuUsage(cpu0);
// CPU time of this process: on a shared machine it is steadier than wall time, which also
// counts the time other processes held the core
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
sample();
clearInterval(timer);

const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
const cpu = (() => {
  try {
    return execSync("lscpu | grep -E 'Model name|^CPU\\(s\\)|Thread|MHz' ", { encoding: 'utf8' }).trim();
  } catch {
    return 'lscpu unavailable';
  }
})();
const figures = {
  articles: N,
  avgBytes: Math.round(bytes / N),
  seconds: seconds.toFixed(2),
  articlesPerSecond: Math.round(N / seconds),
  cpuSeconds: cpuSeconds.toFixed(2),
  articlesPerCpuSecond: Math.round(N / cpuSeconds),
  heapAtQuarterMb: heapAtQuarter.join(' / '),
  mbPerSecond: (bytes / 1024 / 1024 / seconds).toFixed(2),
  claims,
  slots,
  peakRssMb: mb(peakRss),
  peakHeapMb: mb(peakHeap),
};
console.log(figures);

const md = `# Extraction benchmark

Run with \`npx tsx bench/extraction/run.ts ${N}\` (one Node process, one core, no workers).

## Corpus
${N} synthetic articles of about ${figures.avgBytes} bytes of UTF-8 each (target ${TARGET_BYTES}), built from the
${sentences.length} real sentences of the five seed articles (seeds/): each article is a seed title, a «نشر بتاريخ»
line, one of the seeds' outlet forms (dateline, header, «المصدر:» line or none), then seed sentences picked at
random with every figure scaled by a random factor (0.5–1.5) and «بلينكن» swapped for other gazetteer names, joined
into paragraphs, and for the two in five with an «المصدر:» line a «شارك الخبر» line and an «إقرأ أيضاً» teaser list. A fixed PRNG seed makes
the corpus the same on every run. The corpus is built before timing starts; a 200-article warm-up is not timed.

## Machine
\`\`\`
${cpu}
node ${process.version}
\`\`\`

## Results
| figure | value |
| --- | --- |
| articles | ${N} |
| total time | ${figures.seconds} s |
| throughput (wall clock) | **${figures.articlesPerSecond} articles/s**, ${figures.mbPerSecond} MB/s |
| CPU time of the process | ${figures.cpuSeconds} s, **${figures.articlesPerCpuSecond} articles per CPU second** |
| heap used after each quarter of the run | ${figures.heapAtQuarterMb} MB |
| claims emitted | ${claims} (${(claims / N).toFixed(1)} per article) |
| slots | ${slots} |
| peak RSS (sampled) | ${figures.peakRssMb} MB (includes the ${mb(bytes * 2)} MB corpus held as JS strings) |
| peak heap used (sampled) | ${figures.peakHeapMb} MB |

Memory is sampled every 20 ms and every 256 articles with \`process.memoryUsage()\`; it is an upper bound for the
engine because the whole corpus stays in memory during the run.
`;
// hand-written sections (before/after comparisons) after this heading survive a re-run
const resultsPath = join(here, 'RESULTS.md');
const KEEP = '\n## History';
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
const kept = previous.includes(KEEP) ? previous.slice(previous.indexOf(KEEP)) : '';
writeFileSync(resultsPath, md + kept);

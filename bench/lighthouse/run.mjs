// Lighthouse (12.8, the Node-20 line) on the public fact-check page with Debian's Chromium:
//   node bench/lighthouse/run.mjs http://127.0.0.1:3000    (the app running, e.g. `npm start`)
// Prints the four category scores per locale; record them in bench/lighthouse/RESULTS.md.
// Default: Lighthouse's mobile emulation with simulated slow 4G. PRESET=desktop for its desktop preset.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const list = await (await fetch(`${base}/api/public/fact-checks`)).json();
const slug = list.items[0]?.slug;
if (!slug) throw new Error('no published fact-check: seed the database first');
const dir = mkdtempSync(path.join(tmpdir(), 'lh-'));
for (const locale of ['ar', 'en']) {
  const url = `${base}/${locale}/fact-checks/${slug}`;
  const out = path.join(dir, `${locale}.json`);
  execFileSync(
    'npx',
    ['-y', 'lighthouse@12.8.2', url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', ...(process.env.PRESET ? [`--preset=${process.env.PRESET}`] : []), '--chrome-flags=--headless --no-sandbox --disable-gpu'],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  const metric = (id) => Math.round(report.audits[id]?.numericValue ?? NaN);
  const metrics = { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), siMs: metric('speed-index'), cls: report.audits['cumulative-layout-shift']?.numericValue };
  console.log(JSON.stringify({ locale, url, scores, metrics, failingBinaryAudits: failing }));
}

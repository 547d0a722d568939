// Synthetic Arabic articles from the seed articles' own sentences: shuffled, figures scaled by a
// random factor (0.5×–1.5×), names and dates varied, about 4 KB each, with an outlet line and
// "related" teasers as real pages have. Deterministic (fixed PRNG seed), so runs compare.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../lib/extraction/read-article';
import { segmentSentences } from '../../lib/extraction/segment';
import { projectRoot } from '../../lib/ops/database';

const TARGET_BYTES = 4096;

export function makeCorpus(n: number): string[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const seedsDir = join(projectRoot, 'seeds');
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
  const vary = (s: string) => s.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand()))))).replace(/بلينكن/g, () => pick(names));
  return Array.from({ length: n }, (_, k) => {
    const parts: string[] = [pick(titles), `نشر بتاريخ: ${String(1 + (k % 28)).padStart(2, '0')}/0${1 + (k % 9)}/2024`];
    const outlet = pick(outlets);
    let body = outlet.startsWith('القاهرة') ? outlet : '';
    // the article's number makes every text distinct even if the shuffle repeats
    body += ` وبلغ عدد المشاركين ${1000 + k} مشاركًا.`;
    while (Buffer.byteLength(parts.join('\n') + body) < TARGET_BYTES) body += (rand() < 0.3 ? '\n' : ' ') + vary(pick(sentences));
    parts.push(body.trim());
    if (outlet.startsWith('المصدر')) parts.push(outlet, 'شارك الخبر', 'إقرأ أيضاً:', ...Array.from({ length: 3 }, () => '  • ' + pick(titles)));
    return parts.join('\n\n');
  });
}

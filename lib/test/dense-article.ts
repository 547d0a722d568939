// One Arabic article of about `bytes` bytes dense with claims: the seed articles' own sentences
// (lib/extraction finds claims in most of them), shuffled by a fixed PRNG with figures varied, so
// nearly every sentence is check-worthy. Deterministic, so runs compare.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../extraction/read-article';
import { segmentSentences } from '../extraction/segment';

const seedsDir = join(import.meta.dirname, '../../seeds');

export function makeDenseArticle(bytes: number, seed = 11): string {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const sentences: string[] = [];
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, f), 'utf8');
    for (const b of readArticle(text).blocks) for (const seg of segmentSentences(text, b.start, b.end)) sentences.push(text.slice(seg.start, seg.end).trim());
  }
  const withFigures = sentences.filter((x) => /[0-9٠-٩]/.test(x) && x.length > 40);
  const parts: string[] = ['تقرير موسع: أرقام وتصريحات', 'نشر بتاريخ: 12/03/2024'];
  let size = Buffer.byteLength(parts.join('\n\n'));
  let para: string[] = [];
  let k = 0;
  while (size < bytes - 2000) {
    const base = withFigures[Math.floor(rand() * withFigures.length)];
    const line = base.replace(/[0-9]+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())) + (k++ % 7))));
    para.push(line);
    size += Buffer.byteLength(line) + 1;
    if (para.length >= 5) {
      parts.push(para.join(' '));
      size += 2;
      para = [];
    }
  }
  if (para.length) parts.push(para.join(' '));
  return parts.join('\n\n');
}

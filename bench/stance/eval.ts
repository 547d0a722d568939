// Scores the committed stance model on an ANS split and writes bench/stance/RESULTS.md.
//   npx tsx bench/stance/eval.ts [DEV_TSV] [--write] [--errors]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyStance } from '../../lib/stance/classify';
import { scoreStance } from '../../lib/stance/metrics';
import { STANCE_LABELS, type StanceLabel } from '../../lib/stance/model';
import { parseStanceTsv } from '../../lib/stance/tsv';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? '/work/shared/datasets/ans-stance/stance_dev.tsv';
const pairs = parseStanceTsv(readFileSync(path, 'utf8'));
const started = performance.now();
const predicted = pairs.map((p) => classifyStance(p.sentence1, p.sentence2).label);
const ms = performance.now() - started;
const gold = pairs.map((p) => p.label as StanceLabel);
const s = scoreStance(gold, predicted);
if (args.includes('--errors')) {
  pairs.forEach((p, i) => {
    if (gold[i] !== predicted[i]) process.stdout.write(`${gold[i]}→${predicted[i]}\t${p.sentence1}\t${p.sentence2}\n`);
  });
}
const pct = (x: number) => (100 * x).toFixed(1);
const table = [
  '| gold \\ predicted | ' + STANCE_LABELS.join(' | ') + ' |',
  '| --- | ' + STANCE_LABELS.map(() => '---').join(' | ') + ' |',
  ...STANCE_LABELS.map((g) => `| ${g} | ` + STANCE_LABELS.map((p) => s.confusion[g][p]).join(' | ') + ' |'),
].join('\n');
const summary = `n=${s.n} accuracy=${pct(s.accuracy)} macroF1(supports,contradicts)=${pct(s.macroF1)} ` +
  `F1 supports=${pct(s.f1.supports)} contradicts=${pct(s.f1.contradicts)} unrelated=${pct(s.f1.unrelated)} ` +
  `macroF1(all three)=${pct(s.macroF1All)} time=${ms.toFixed(0)}ms`;
process.stderr.write(summary + '\n');
if (args.includes('--write')) {
  const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const body = readFileSync(out, 'utf8').replace(/<!-- results -->[\s\S]*<!-- \/results -->/, 
    `<!-- results -->\n${summary}\n\n${table}\n<!-- /results -->`);
  writeFileSync(out, body);
}

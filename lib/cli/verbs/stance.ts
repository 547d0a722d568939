// `claims stance TSV`: id<TAB>label per row (contract: ../shared/contracts/claims-cli.md).
import { readFileSync } from 'node:fs';
import { classifyStance } from '../../stance/classify';
import { parseStanceTsv, type StancePair } from '../../stance/tsv';
import { badInput, badUsage } from '../cli-error';

export async function run(args: string[]): Promise<void> {
  if (args.length !== 1 || args[0].startsWith('-')) throw badUsage('usage: claims stance TSV');
  const file = args[0];
  let pairs: StancePair[];
  try {
    pairs = parseStanceTsv(readFileSync(file, 'utf8'));
  } catch (err) {
    throw badInput(file, err instanceof Error ? err.message : String(err));
  }
  const out = pairs.map((p) => `${p.id}\t${classifyStance(p.sentence1, p.sentence2).label}`);
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}

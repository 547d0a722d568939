// `claims checkworthy TSV`: header row with columns id and text (no quoting); prints id<TAB>score.
import { basename } from 'node:path';
import { scoreSentence } from '../../extraction/index';
import { badInput, badUsage } from '../cli-error';
import { readTextFile } from '../read-input';

export async function run(args: string[]): Promise<void> {
  const files = args.filter((a) => a !== '--');
  if (files.length !== 1) throw badUsage('checkworthy needs exactly one TSV file');
  const [path] = files;
  const file = basename(path);
  const lines = (await readTextFile(path)).split(/\r?\n/);
  const header = lines[0].split('\t').map((h) => h.trim().toLowerCase());
  const idCol = header.indexOf('id');
  const textCol = header.indexOf('text');
  if (idCol === -1 || textCol === -1) throw badInput(file, 'header row must name the columns id and text');
  const out: string[] = [];
  for (let k = 1; k < lines.length; k++) {
    if (lines[k].trim() === '') continue;
    const cols = lines[k].split('\t');
    if (cols.length <= Math.max(idCol, textCol)) throw badInput(file, `line ${k + 1}: expected at least ${Math.max(idCol, textCol) + 1} tab-separated columns`);
    out.push(`${cols[idCol]}\t${scoreSentence(cols[textCol]).score}`);
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
}

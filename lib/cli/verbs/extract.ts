// `claims extract FILE…`: JSON Lines, one object per claim, in file order then text order.
import { extractArticle } from '../../extraction/index';
import { badUsage } from '../cli-error';
import { readArticleFile } from '../read-input';

export async function run(args: string[]): Promise<void> {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) throw badUsage('extract needs at least one FILE');
  const unknown = files.find((f) => f.startsWith('-'));
  if (unknown) throw badUsage(`extract: unknown option ${unknown}`);
  // read every file first, so bad input fails before any output is printed
  const inputs = [];
  for (const f of files) inputs.push(await readArticleFile(f));
  for (const input of inputs) {
    const { meta, claims } = extractArticle(input.text, { fileName: input.file });
    const lines = claims.map((c) => JSON.stringify({ file: input.file, article: meta, ...c }));
    if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
  }
}

// `claims match FILE…`: JSON Lines, one object per suggested link between claims of different
// files (contract: ../shared/contracts/claims-cli.md). A file named twice is read once.
import { extractArticle } from '../../extraction/index';
import { matchClaims, tripCuesOf } from '../../matching/index';
import type { MatchInput } from '../../matching/types';
import { badUsage } from '../cli-error';
import { readArticleFile } from '../read-input';

export async function run(args: string[]): Promise<void> {
  const files = [...new Set(args.filter((a) => a !== '--'))];
  if (files.length === 0) throw badUsage('match needs at least one FILE');
  const unknown = files.find((f) => f.startsWith('-'));
  if (unknown) throw badUsage(`match: unknown option ${unknown}`);
  const inputs = [];
  for (const f of files) inputs.push(await readArticleFile(f));

  const items: MatchInput[] = [];
  for (const input of inputs) {
    const { meta, claims } = extractArticle(input.text, { fileName: input.file });
    const trip = tripCuesOf(input.text);
    // `related` blocks are kept: after «إقرأ أيضاً» outlets often reprint a whole earlier report
    // (seed 004), whose figures an editor wants compared like any other.
    for (const claim of claims) {
      items.push({ key: input.file, articleDate: meta.publishedAt, claim, trip });
    }
  }
  const side = (i: number) => {
    const { key, claim } = items[i];
    return { file: key, start: claim.start, end: claim.end, text: claim.text };
  };
  const lines = matchClaims(items).map((r) =>
    JSON.stringify({
      a: side(r.a), b: side(r.b), relation: r.relation, confidence: r.confidence,
      possiblyDifferentEvents: r.possiblyDifferentEvents, explanation: r.explanation,
    }),
  );
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n');
}

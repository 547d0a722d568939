// `claims import PATH…`: loads files (or every .txt/.md/.html file of a folder) into the database
// the app uses (DATABASE_URL, else the embedded one). Each article is its own transaction, so an
// interrupted import leaves whole articles only; running it again skips what went in (same
// content hash) and stores the rest. ingestArticle computes each stored article's suggested links
// (afterArticleStored); `--rematch` recomputes them for the whole database at the end.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { badInput, badUsage } from '../cli-error';
import { openDatabase, migrateDatabase } from '../../ops/database';
import { createPrismaClient } from '../../db/client';
import { ingestArticle } from '../../articles/ingest-article';
import { rematchAll } from '../../links/suggest-links';
import { readArticleFile } from '../../articles/read-article-file';

const ACCEPTED = /\.(txt|md|html?)$/i;

export async function run(args: string[]): Promise<void> {
  const inputs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--outlet');
  const outlet = valueOf(args, '--outlet');
  if (inputs.length === 0) throw badUsage('import needs at least one file or folder');
  const files = inputs.flatMap(expand);
  if (files.length === 0) throw badUsage('no .txt, .md or .html files found in the given paths');

  const db = await openDatabase();
  const client = createPrismaClient(db.url, 4);
  const counts = { stored: 0, duplicate: 0, failed: 0 };
  try {
    await migrateDatabase(db.url);
    for (const [i, file] of files.entries()) {
      try {
        const article = readArticleFile(readFileSync(file), path.basename(file));
        const result = await ingestArticle(client, { ...article, outlet: outlet ?? null, sourceName: path.basename(file) }, null);
        counts[result.status] += 1;
        process.stdout.write(JSON.stringify({ file, status: result.status, articleId: result.articleId }) + '\n');
      } catch (e) {
        counts.failed += 1;
        process.stdout.write(JSON.stringify({ file, status: 'failed', error: (e as Error).message }) + '\n');
      }
      process.stderr.write(`\r${i + 1}/${files.length} files`);
    }
    process.stderr.write(`\nstored ${counts.stored}, already present ${counts.duplicate}, failed ${counts.failed}\n`);
    if (args.includes('--rematch')) {
      const s = await rematchAll({ db: client });
      process.stderr.write(`re-matched ${s.claims} claims: ${s.written} links written, ${s.removed} removed\n`);
    }
  } finally {
    await client.$disconnect();
    await db.stop();
  }
  if (counts.failed > 0) throw badInput(`${counts.failed} file(s)`, 'not imported (see the "failed" lines above)');
}

function expand(p: string): string[] {
  let st;
  try {
    st = statSync(p);
  } catch {
    throw badInput(p, 'no such file or folder');
  }
  if (!st.isDirectory()) return [p];
  return readdirSync(p)
    .filter((f) => ACCEPTED.test(f))
    .sort()
    .map((f) => path.join(p, f));
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

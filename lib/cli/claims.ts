// Entry point of the `claims` command-line tool (../shared/contracts/claims-cli.md):
//   npm run --silent claims -- <verb> [options] <inputs…>
// stdout carries results only; progress and diagnostics go to stderr.
import { CliError, badUsage } from './cli-error';

type Verb = (args: string[]) => Promise<void>;

const verbs: Record<string, () => Promise<{ run: Verb }>> = {
  extract: () => import('./verbs/extract'),
  checkworthy: () => import('./verbs/checkworthy'),
  match: () => import('./verbs/match'),
  stance: () => import('./verbs/stance'),
  import: () => import('./verbs/import'),
  export: () => import('./verbs/export'),
};

const usage = `usage: claims <verb> [options] <inputs…>
verbs:
  extract FILE…       claims of each file as JSON Lines
  match FILE…         suggested links between claims of different files
  stance TSV          id<TAB>supports|contradicts|unrelated per row
  checkworthy TSV     id<TAB>score per row
  import PATH…        load files or folders into the database
  export [--set ID] [--format json|csv|datafeed] [--include all] [--status …]
                      claims from the database as a file on stdout`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '-h' || verb === '--help') {
    process.stderr.write(usage + '\n');
    return verb ? 0 : 2;
  }
  const load = verbs[verb];
  if (!load) throw badUsage(`unknown verb "${verb}"\n${usage}`);
  const { run } = await load();
  await run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`claims: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`claims: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);

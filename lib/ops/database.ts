// Resolves the database the app runs on: DATABASE_URL when set, else the embedded PostgreSQL.
// Shared by the start script, the CLI's import verb, backups, tests and benchmarks.
import pg from 'pg';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, embeddedOptionsFromEnv, type EmbeddedServer } from '../db/embedded-postgres';
import { StartupError } from '../db/startup-error';
import { migrate } from '../db/migrate';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Database {
  url: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(opts: { fresh?: boolean } = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    checkUrl(external);
    await checkReachable(external);
    if (opts.fresh) throw new StartupError('--fresh-db only works on the embedded database; refusing to wipe DATABASE_URL');
    return { url: external, isEmbedded: false, stop: async () => {} };
  }
  const options = embeddedOptionsFromEnv(projectRoot);
  let server: EmbeddedServer;
  if (opts.fresh) {
    server = await startEmbeddedPostgres({ ...options, database: 'postgres' });
    await recreateDatabase(server.url, options.database);
    server = { ...server, url: server.url.replace(/\/postgres$/, `/${options.database}`) };
  } else {
    server = await startEmbeddedPostgres(options);
  }
  return { url: server.url, isEmbedded: true, stop: () => server.stop() };
}

export async function migrateDatabase(url: string): Promise<string[]> {
  const { applied } = await migrate(url, path.join(projectRoot, 'prisma/migrations'));
  return applied;
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError('DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new StartupError(`DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//)`);
  }
}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>('SHOW server_version_num');
    if (Number(rows[0].v) < 150000) {
      throw new StartupError(`DATABASE_URL points at PostgreSQL ${rows[0].v}; version 15 or newer is needed`);
    }
  } catch (e) {
    if (e instanceof StartupError) throw e;
    const host = safeHost(url);
    throw new StartupError(`cannot connect to the PostgreSQL of DATABASE_URL (${host}): ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'unparseable URL';
  }
}

async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

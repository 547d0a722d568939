// Vitest global setup: a real PostgreSQL for the tests that need one (the embedded server,
// database `claims_vitest_<pid>`, created, migrated and dropped by each run; or TEST_DATABASE_URL).
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, embeddedOptionsFromEnv } from '../db/embedded-postgres';
import { migrate } from '../db/migrate';
import pg from 'pg';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const options = embeddedOptionsFromEnv(root);
    const server = await startEmbeddedPostgres({ ...options, database: 'postgres' });
    // One database per run, so two test runs on one machine never pull tables from under each other.
    const name = `claims_vitest_${process.pid}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    url = server.url.replace(/\/postgres$/, `/${name}`);
    stop = async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await server.stop();
    };
  }
  await migrate(url, path.join(root, 'prisma/migrations'));
  project.provide('databaseUrl', url);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

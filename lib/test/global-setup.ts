// Vitest global setup: a real PostgreSQL for the tests that need one (the embedded server,
// database `claims_vitest`, recreated and migrated at each run; or TEST_DATABASE_URL).
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
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS claims_vitest WITH (FORCE)');
    await admin.query('CREATE DATABASE claims_vitest');
    await admin.end();
    url = server.url.replace(/\/postgres$/, '/claims_vitest');
    stop = () => server.stop();
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

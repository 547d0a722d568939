import { describe, it, expect, inject, afterAll } from 'vitest';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { backupDatabase, restoreDatabase } from './backup';
import { migrate } from '../db/migrate';
import { createPrismaClient } from '../db/client';
import { ingestArticle } from '../articles/ingest-article';

const base = inject('databaseUrl');
const dir = mkdtempSync(path.join(tmpdir(), 'claims-backup-'));
const names = [`claims_src_${process.pid}`, `claims_dst_${process.pid}`];
const urlOf = (name: string) => base.replace(/\/[^/]+$/, `/${name}`);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: urlOf('postgres') });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

/** Row count and an md5 of every row (in a stable order) for every table. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.t);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of tables) {
      const q = `SELECT count(*)::int AS rows, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS md5 FROM "${t}" x`;
      out[t] = (await c.query<{ rows: number; md5: string }>(q)).rows[0];
    }
    return out;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const n of names) await admin(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (pg_dump plain format)', () => {
  it('round-trips every table: same row counts and the same content hash', async () => {
    for (const n of names) {
      await admin(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${n}`);
    }
    const [src, dst] = names.map(urlOf);
    await migrate(src, path.resolve(import.meta.dirname, '../../prisma/migrations'));
    const db = createPrismaClient(src, 2);
    const seeds = path.resolve(import.meta.dirname, '../../seeds');
    await ingestArticle(db, { text: readFileSync(path.join(seeds, '001_50d538c61f2444de.txt'), 'utf8'), outlet: 'معا', publishedAt: '2024-06-10' }, null);
    await ingestArticle(db, { text: 'نص فيه "اقتباس"، وفاصلة\nوسطر جديد و=1+1 و 1200 شخص.', outlet: "O'Brien, \"quoted\"" }, null);
    await db.$disconnect();

    const file = path.join(dir, 'dump.sql');
    await backupDatabase(src, file);
    expect(readFileSync(file, 'utf8')).toContain('PostgreSQL database dump');
    await restoreDatabase(dst, file);
    const [a, b] = [await fingerprint(src), await fingerprint(dst)];
    expect(Object.keys(a).length).toBeGreaterThan(15);
    expect(a.claims.rows).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('refuses to restore over a database that holds data unless forced', async () => {
    const [src, dst] = names.map(urlOf);
    const file = path.join(dir, 'dump2.sql');
    await backupDatabase(src, file);
    await expect(restoreDatabase(dst, file)).rejects.toThrow(/not empty/);
    await restoreDatabase(dst, file, { force: true });
    expect(await fingerprint(dst)).toEqual(await fingerprint(src));
  });
});

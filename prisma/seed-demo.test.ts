import { describe, it, expect, inject, afterAll } from 'vitest';
import pg from 'pg';
import path from 'node:path';
import { migrate } from '../lib/db/migrate';
import { createPrismaClient } from '../lib/db/client';
import { seedIfEmpty } from './seed-demo';

const base = inject('databaseUrl');
const name = `claims_seed_${process.pid}`;
const url = base.replace(/\/[^/]+$/, `/${name}`);

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base.replace(/\/[^/]+$/, '/postgres') });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe('demo seed', () => {
  it(
    'loads the five articles, the three users and a published fact-check once; a second start seeds nothing',
    { timeout: 120_000 },
    async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
      await migrate(url, path.resolve(import.meta.dirname, 'migrations'));
      const logs: string[] = [];
      const first = await seedIfEmpty(url, (m) => logs.push(m));
      expect(first?.users.map((u) => u.role).sort()).toEqual(['admin', 'editor', 'reviewer']);
      const db = createPrismaClient(url, 2);
      try {
        const counts = async () => ({
          articles: await db.article.count(),
          claims: await db.claim.count(),
          users: await db.user.count(),
          links: await db.claimLink.count(),
          published: await db.factCheck.count({ where: { publishedAt: { not: null } } }),
        });
        const after = await counts();
        expect(after.articles).toBe(5);
        expect(after.users).toBe(3);
        expect(after.claims).toBeGreaterThan(20);
        expect(after.links).toBeGreaterThan(0);
        expect(after.published).toBe(1);
        expect(await seedIfEmpty(url, () => {})).toBeNull();
        expect(await counts()).toEqual(after);
      } finally {
        await db.$disconnect();
      }
    },
  );
});

// The e2e tests' own access to the database the app under test uses (the embedded server's
// `claims_e2e` database, recreated at each run), so each test can make its own data.
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { embeddedUrl } from '../../lib/db/embedded-postgres';
import { ingestArticle } from '../../lib/articles/ingest-article';

let client: PrismaClient | null = null;

export function e2eDatabaseUrl(): string {
  return embeddedUrl({ port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: 'claims_e2e' });
}

export function db(): PrismaClient {
  client ??= createPrismaClient(e2eDatabaseUrl(), 4);
  return client;
}

/** A new article (unique text) with its extracted claims, as an import would store it. */
export async function makeArticle(text: string, meta: { outlet?: string; publishedAt?: string; title?: string } = {}) {
  const unique = `${text}\n\n[${Date.now()}-${Math.random().toString(36).slice(2)}]`;
  const res = await ingestArticle(
    db(),
    { text: unique, outlet: meta.outlet ?? 'منفذ اختبار', publishedAt: meta.publishedAt ?? '2024-06-10', title: meta.title ?? null },
    null,
  );
  if (res.status !== 'stored') throw new Error('expected a new article');
  const claims = await db().claim.findMany({
    where: { articleId: res.articleId },
    orderBy: { start: 'asc' },
    select: { id: true, text: true, version: true },
  });
  return { articleId: res.articleId, claims };
}

// Demo data for a new database: three users (one per role) and the five seed articles with
// their claims, and one fact-check published through the review path (seed-fact-check.ts). Runs only when the database has no users, so restarting never seeds twice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { createPrismaClient } from '../lib/db/client';
import { ingestArticle } from '../lib/articles/ingest-article';
import { rematchAll } from '../lib/links/suggest-links';
import { decodeArticleBytes } from '../lib/extraction/decode';
import { projectRoot } from '../lib/ops/database';
import { seedPublishedFactCheck } from './seed-fact-check';
import type { Role } from '../lib/generated/prisma/client';

export interface DemoUser {
  role: Role;
  name: string;
  email: string;
  password: string;
}

// Documented in README.md: demo credentials for a local database, never for production.
export const DEMO_USERS: DemoUser[] = [
  { role: 'admin', name: 'مديرة النظام', email: 'admin@sadaa.example', password: 'sadaa-admin-demo' },
  { role: 'editor', name: 'محرر التحقق', email: 'editor@sadaa.example', password: 'sadaa-editor-demo' },
  { role: 'reviewer', name: 'مراجعة التحقق', email: 'reviewer@sadaa.example', password: 'sadaa-reviewer-demo' },
];

interface ManifestEntry {
  file: string;
  outlet: string | null;
  publishedAt: string | null;
  title: string | null;
}

export async function seedIfEmpty(url: string, log: (m: string) => void): Promise<{ users: DemoUser[] } | null> {
  const db = createPrismaClient(url, 2);
  try {
    if ((await db.user.count()) > 0) return null;
    const now = new Date();
    const users = await Promise.all(DEMO_USERS.map(async (u) => ({ ...u, id: randomUUID(), hash: await hashPassword(u.password) })));
    await db.$transaction(async (tx) => {
      for (const u of users) {
        await tx.user.create({ data: { id: u.id, name: u.name, email: u.email, emailVerified: true, role: u.role, createdAt: now } });
        await tx.account.create({ data: { id: randomUUID(), accountId: u.id, providerId: 'credential', userId: u.id, password: u.hash } });
      }
    });
    const editor = users.find((u) => u.role === 'editor')!;
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'seeds/manifest.json'), 'utf8')) as { articles: ManifestEntry[] };
    for (const entry of manifest.articles) {
      const { text, encoding } = decodeArticleBytes(readFileSync(path.join(projectRoot, 'seeds', entry.file)), entry.file);
      const result = await ingestArticle(
        db,
        { text, encoding, title: entry.title, outlet: entry.outlet, publishedAt: entry.publishedAt, sourceName: entry.file },
        editor.id,
      );
      log(`seeded ${entry.file}: ${result.status === 'stored' ? `${result.claimCount} claims` : 'already present'}`);
    }
    // A new user opens the app to links already suggested between the five outlets: ingestArticle
    // matched each article on arrival; the full re-match makes sure (it writes nothing if so).
    await rematchAll({ db });
    log(`suggested ${await db.claimLink.count()} links between the seed articles`);
    const reviewer = users.find((u) => u.role === 'reviewer')!;
    await seedPublishedFactCheck(db, { editorId: editor.id, reviewerId: reviewer.id }, log);
    return { users: DEMO_USERS };
  } finally {
    await db.$disconnect();
  }
}

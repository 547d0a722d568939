// The one place that runs after an article (and its claims) is committed, whichever way it came
// in: paste, upload, URL, bulk import job, CLI, seed. It computes the article's suggested links
// (lib/links/suggest-links.ts): its claims against the claims stored before them.
//
// Contract: the article and its claims are committed and visible; this runs outside the
// import's transaction, so a failure here never undoes the import. It does nothing for an
// article without claims, and calling it twice for one article (a retried job) writes nothing
// the second time (the matcher's upsert is idempotent).
import type { PrismaClient } from '../generated/prisma/client';
import { suggestLinksForArticle, suggestLinksForClaims } from '../links/suggest-links';

/** `db`: the caller's client (scripts, the import worker); the app's singleton when omitted. */
export async function afterArticleStored(articleId: number, db?: PrismaClient): Promise<void> {
  await suggestLinksForArticle(articleId, db ? { db } : {});
}

/** Calls afterArticleStored, logging instead of failing the import that already succeeded. */
export async function runAfterArticleStored(articleId: number, db?: PrismaClient): Promise<void> {
  try {
    await afterArticleStored(articleId, db);
  } catch (e) {
    console.error(`[afterArticleStored] article ${articleId}:`, e);
  }
}

/**
 * The bulk import's counterpart, once per committed chunk: the chunk's new claims, each against
 * the claims stored before it (smaller ids) — the links afterArticleStored would have found
 * article by article, in one candidate query and one upsert. Logs instead of failing.
 */
export async function runAfterChunkStored(claimIds: number[], db?: PrismaClient): Promise<void> {
  if (claimIds.length === 0) return;
  try {
    await suggestLinksForClaims(claimIds, { direction: 'earlier', ...(db ? { db } : {}) });
  } catch (e) {
    console.error(`[afterChunkStored] ${claimIds.length} claims from ${claimIds[0]}:`, e);
  }
}

// The one place that runs after an article (and its claims) is committed, whichever way it came
// in: paste, upload, URL, bulk import job, CLI, seed. Matching suggestions will be computed here
// (lib/links/suggest-links.ts, owned by the matching work); until then it does nothing.
//
// Contract for whoever fills it: the article and its claims are committed and visible; this runs
// outside the import's transaction, so a failure here never undoes the import. It must not throw
// for an article that has no claims, and it may be called twice for one article (a retried job):
// make what it writes idempotent.
export async function afterArticleStored(articleId: number): Promise<void> {
  void articleId;
}

/** Calls afterArticleStored, logging instead of failing the import that already succeeded. */
export async function runAfterArticleStored(articleId: number): Promise<void> {
  try {
    await afterArticleStored(articleId);
  } catch (e) {
    console.error(`[afterArticleStored] article ${articleId}:`, e);
  }
}

import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import { extractClaimAt, trimSpan } from '../extraction/claim-at';
import { storeClaims } from '../articles/ingest-article';
import type { CurrentUser } from '../auth/current-user';
import { suggestAfterEdit } from '../links/suggest-after-edit';

/** An editor adds a claim by selecting a passage of an article; its figures are read by the engine. */
export async function createEditorClaim(actor: Pick<CurrentUser, 'id'>, input: { articleId: number; start: number; end: number }) {
  const created = await prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, text: true, publishedAt: true } });
    if (!article) throw new AppError('not_found', 'no such article');
    if (input.start < 0 || input.end > article.text.length || input.end <= input.start) {
      throw new AppError('invalid_input', 'the selection is outside the article', { field: 'span' });
    }
    const { start, end } = trimSpan(article.text, input.start, input.end);
    if (end - start < 3) throw new AppError('invalid_input', 'select a longer passage', { field: 'span' });
    if (end - start > 5000) throw new AppError('invalid_input', 'select a shorter passage (at most 5000 characters)', { field: 'span' });
    const existing = await tx.claim.findUnique({
      where: { articleId_start_end: { articleId: article.id, start, end } },
      select: { id: true },
    });
    if (existing) throw new AppError('conflict', 'this passage is already a claim', { claimId: existing.id });
    const claim = extractClaimAt(article.text, start, end, { publishedAt: article.publishedAt?.toISOString().slice(0, 10) });
    const [id] = await storeClaims(tx, article.id, [claim], 'editor');
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: 'claim',
      entityId: id,
      action: 'create',
      after: { articleId: article.id, start, end, text: claim.text, slots: claim.slots.length },
    });
    return { id };
  });
  await suggestAfterEdit(created.id);
  return created;
}

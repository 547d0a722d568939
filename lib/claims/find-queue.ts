import 'server-only';
import { prisma } from '../db/prisma';
import type { Prisma } from '../generated/prisma/client';
import type { CurrentUser } from '../auth/current-user';

const QUEUE_LIMIT = 200;

/**
 * What waits for this user's action: editors the claims assigned to them that they can move
 * (new, in review, returned); reviewers the proposed verdicts someone else proposed (four eyes:
 * never their own). Admins do both jobs, so they see both.
 */
export function queueWhere(user: Pick<CurrentUser, 'id' | 'role'>): Prisma.ClaimWhereInput {
  const editorWork: Prisma.ClaimWhereInput = { assigneeId: user.id, status: { in: ['new', 'in_review', 'returned'] } };
  const reviewerWork: Prisma.ClaimWhereInput = {
    status: 'verdict_proposed',
    OR: [{ proposedById: null }, { proposedById: { not: user.id } }],
  };
  if (user.role === 'editor') return editorWork;
  if (user.role === 'reviewer') return reviewerWork;
  return { OR: [editorWork, reviewerWork] };
}

export async function findQueue(user: Pick<CurrentUser, 'id' | 'role'>) {
  const claims = await prisma.claim.findMany({
    where: queueWhere(user),
    // returned work first (someone is waiting on it), then the most check-worthy
    orderBy: [{ status: 'desc' }, { checkworthiness: 'desc' }, { id: 'asc' }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      text: true,
      status: true,
      verdict: true,
      checkworthiness: true,
      updatedAt: true,
      article: { select: { language: true, publishedAt: true, outlet: { select: { name: true } } } },
    },
  });
  return claims.map((c) => ({
    id: c.id,
    text: c.text,
    status: c.status,
    verdict: c.verdict,
    checkworthiness: c.checkworthiness,
    language: c.article.language,
    outlet: c.article.outlet?.name ?? null,
    articleDate: c.article.publishedAt ? c.article.publishedAt.toISOString().slice(0, 10) : null,
  }));
}

export type QueueItem = Awaited<ReturnType<typeof findQueue>>[number];

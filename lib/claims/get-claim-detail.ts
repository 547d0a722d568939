import 'server-only';
import { prisma } from '../db/prisma';
import { slotValueSelect } from './slot-select';

const claimSummary = {
  id: true,
  text: true,
  start: true,
  end: true,
  status: true,
  verdict: true,
  article: {
    select: { id: true, title: true, excerpt: true, language: true, publishedAt: true, url: true, outlet: { select: { name: true } } },
  },
} as const;

/** Everything the claim page shows, in one round of queries. */
export async function getClaimDetail(id: number) {
  const claim = await prisma.claim.findUnique({
    where: { id },
    select: {
      ...claimSummary,
      section: true,
      checkworthiness: true,
      reasons: true,
      speaker: true,
      via: true,
      origin: true,
      questionKey: true,
      questionLabel: true,
      rationale: true,
      version: true,
      proposedById: true,
      approvedById: true,
      updatedAt: true,
      assignee: { select: { id: true, name: true } },
      proposedBy: { select: { id: true, name: true } },
      approvedBy: { select: { id: true, name: true } },
      article: {
        select: { ...claimSummary.article.select, text: true },
      },
      slots: {
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        select: { id: true, ...slotValueSelect, start: true, end: true },
      },
      mentions: { select: { entity: { select: { id: true, type: true, name: true } } } },
      factCheck: {
        select: {
          slug: true,
          publishedAt: true,
          corrections: { orderBy: { createdAt: 'asc' }, select: { id: true, textAr: true, createdAt: true } },
        },
      },
    },
  });
  if (!claim) return null;
  const [linksAsA, linksAsB] = await Promise.all([
    prisma.claimLink.findMany({
      where: { claimAId: id },
      include: { claimB: { select: claimSummary }, decidedBy: { select: { name: true } } },
    }),
    prisma.claimLink.findMany({
      where: { claimBId: id },
      include: { claimA: { select: claimSummary }, decidedBy: { select: { name: true } } },
    }),
  ]);
  const links = [
    ...linksAsA.map(({ claimB, ...l }) => ({ ...l, other: claimB })),
    ...linksAsB.map(({ claimA, ...l }) => ({ ...l, other: claimA })),
  ].sort((x, y) => stateRank(x.state) - stateRank(y.state) || (y.confidence ?? 0) - (x.confidence ?? 0));
  const entities = [...new Map(claim.mentions.map((m) => [m.entity.id, m.entity])).values()];
  return { ...claim, links, entities };
}

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaimDetail>>>;
export type ClaimLinkView = ClaimDetail['links'][number];

function stateRank(state: string): number {
  return state === 'suggested' ? 0 : state === 'confirmed' ? 1 : 2;
}

/** Review events and audit rows of a claim (and of its links), newest first: the history tab. */
export async function getClaimHistory(id: number) {
  const linkIds = (await prisma.claimLink.findMany({ where: { OR: [{ claimAId: id }, { claimBId: id }] }, select: { id: true } })).map(
    (l) => String(l.id),
  );
  return prisma.auditLog.findMany({
    where: {
      OR: [
        { entityType: { in: ['claim', 'slot', 'verdict'] }, entityId: String(id) },
        { entityType: 'link', entityId: { in: linkIds } },
      ],
    },
    orderBy: { id: 'desc' },
    take: 500,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
    },
  });
}

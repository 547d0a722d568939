import 'server-only';
import { prisma } from '@/lib/db/prisma';

export async function listClaimSets() {
  return prisma.claimSet.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, updatedAt: true, createdBy: { select: { name: true } }, _count: { select: { members: true } } },
  });
}

const MEMBER_PAGE = 500;

export async function getClaimSet(id: number) {
  return prisma.claimSet.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { members: true } },
      members: {
        orderBy: { claimId: 'asc' },
        take: MEMBER_PAGE,
        select: {
          claim: {
            select: {
              id: true,
              text: true,
              status: true,
              verdict: true,
              article: { select: { language: true, outlet: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
}

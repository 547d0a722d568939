import type { z } from 'zod';
import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { PrismaClient } from '../db/client';
import type { deleteSetInput } from './schemas';

/** Deletes the set and its memberships (cascade); the claims themselves stay. */
export async function deleteClaimSet(actor: { id: string }, input: z.infer<typeof deleteSetInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const set = await tx.claimSet.findUnique({ where: { id: input.setId }, select: { id: true, name: true, _count: { select: { members: true } } } });
    if (!set) throw new AppError('not_found', 'no such claim set');
    const members = await tx.claimSetMember.findMany({ where: { setId: set.id }, orderBy: { claimId: 'asc' }, select: { claimId: true } });
    await tx.claimSet.delete({ where: { id: set.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: 'claim_set',
      entityId: set.id,
      action: 'delete',
      before: { name: set.name, claimIds: members.map((m) => m.claimId) },
    });
    return { id: set.id };
  });
}

import type { z } from 'zod';
import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { PrismaClient } from '../db/client';
import type { addMembersInput, removeMemberInput } from './schemas';

/** Adds claims to a set (already-present ones are skipped); for the claims table's "add selection to set". */
export async function addClaimsToSet(actor: { id: string }, input: z.infer<typeof addMembersInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const set = await tx.claimSet.findUnique({ where: { id: input.setId }, select: { id: true } });
    if (!set) throw new AppError('not_found', 'no such claim set');
    const existing = await tx.claim.findMany({ where: { id: { in: input.claimIds } }, select: { id: true } });
    const { count } = await tx.claimSetMember.createMany({
      data: existing.map((c) => ({ setId: set.id, claimId: c.id })),
      skipDuplicates: true,
    });
    await tx.claimSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: set.id, action: 'add_members', after: { claimIds: existing.map((c) => c.id).sort((a, b) => a - b), added: count } });
    return { added: count };
  });
}

export async function removeClaimFromSet(actor: { id: string }, input: z.infer<typeof removeMemberInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.claimSetMember.deleteMany({ where: { setId: input.setId, claimId: input.claimId } });
    if (count === 0) throw new AppError('not_found', 'this claim is not in the set');
    await tx.claimSet.update({ where: { id: input.setId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: input.setId, action: 'remove_member', before: { claimId: input.claimId } });
    return { removed: input.claimId };
  });
}
